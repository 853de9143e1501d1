package jixiao.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One report's result in a batch, one JSON line each: what was checked, how it went, its score and findings.
 * The trace of a finding is left to {@code jixiao explain} on that report.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLine(
        String file,
        String status,
        String department,
        String project,
        Integer year,
        Double total,
        String grade,
        Map<String, Integer> counts,
        List<Item> findings,
        List<String> errors,
        List<String> warnings) {

    /**
     * ok: checked; bad-input: the report could not be read; rule-failure: a rule failed on it; time-limit: reading it
     * (its text extracted) ran past the time limit; internal-error: jixiao itself failed on it (a fault to report, not
     * the report's).
     */
    public static final String OK = "ok";
    public static final String BAD_INPUT = "bad-input";
    public static final String RULE_FAILURE = "rule-failure";
    public static final String TIME_LIMIT = "time-limit";
    public static final String INTERNAL_ERROR = "internal-error";
    /** Every status, in the order the summary lists them. */
    public static final java.util.List<String> STATUSES =
            java.util.List.of(OK, BAD_INPUT, RULE_FAILURE, TIME_LIMIT, INTERNAL_ERROR);

    /** A finding, short. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String ruleId, String severity, String subject, String message, Boolean waived) {
    }

    public static BatchLine failed(String file, String status, List<String> errors) {
        return new BatchLine(file, status, null, null, null, null, null, null, null, errors, null);
    }
}
