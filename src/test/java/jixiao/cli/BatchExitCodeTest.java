package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jixiao.batch.BatchLine;
import jixiao.batch.BatchSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A batch exits with the gravest thing that happened to any of its reports, whatever their order. */
class BatchExitCodeTest {

    @ParameterizedTest(name = "{0} with findings {1} → exit {2}")
    @CsvSource({
            "'ok',                                              false, 0",
            "'ok',                                              true,  1",
            "'ok rule-failure',                                 true,  3",
            "'rule-failure bad-input ok',                       false, 2",
            "'ok internal-error bad-input rule-failure',        true,  4",
            "'internal-error',                                  false, 4",
    })
    void theGravestStatusDecides(String statuses, boolean findings, int exit) {
        BatchSummary summary = new BatchSummary(List.of());
        int n = 0;
        for (String status : statuses.split(" ")) {
            String file = "report-" + n++ + ".json";
            summary.add(status.equals(BatchLine.OK)
                    ? new BatchLine(file, BatchLine.OK, "dept", "project", 2021, 90.0, "优",
                            Map.of("error", 0, "warning", 0, "info", 0), List.of(), null, null)
                    : BatchLine.failed(file, status, List.of(file + ": what went wrong")), 1_000L);
        }
        assertThat(BatchCommand.exitCode(summary, findings).code()).isEqualTo(exit);
    }
}
