package jixiao.assemble;

import java.util.List;
import java.util.Map;

/** Everything a check produces for one report, in the shape of the JSON output. */
public record CheckResult(
        String tool,
        RuleSetInfo ruleset,
        ReportInfo report,
        Score score,
        List<FindingView> findings,
        String section) {

    /** The rule set in force: its fingerprint and its files. */
    public record RuleSetInfo(String fingerprint, List<String> files) {
    }

    /** Which report was checked. */
    public record ReportInfo(String file, String department, String project, Integer year, String category) {
    }

    /** 总分 and 等级, with each part and a note when categories were left out and the total rescaled. */
    public record Score(double total, String grade, boolean complete, Range range, Map<String, Part> parts,
                        boolean rescaled, List<String> leftOut, String note) {
    }

    /** The totals a score may reach: values blank or not read scored 0 (min) and full (max). */
    public record Range(double min, double max) {
    }

    /** One part of the score. */
    public record Part(String label, double weight, double score, int indicators) {
    }
}
