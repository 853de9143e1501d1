package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import jixiao.model.Policy;
import org.junit.jupiter.api.Test;

/** The batch summary's tables: statuses, grades best first with their shares, severities by gravity, rules. */
class BatchSummaryTest {

    private static BatchLine ok(String file, String grade, List<BatchLine.Item> items) {
        return new BatchLine(file, BatchLine.OK, "dept", "project", 2021, 80.0, grade,
                Map.of("error", 0, "warning", 0, "info", 0), items, null, null);
    }

    private static BatchLine.Item item(String rule, String severity, Boolean waived) {
        return new BatchLine.Item(rule, severity, "subject", "message", waived);
    }

    @Test
    void tablesListInTheDomainsOrderWithSharesOfReports() {
        BatchSummary summary = new BatchSummary(List.of("优", "良", "中", "差"));
        summary.add(ok("a.json", "中", List.of(item("SAT-BELOW-MIN", "info", null), item("IND-UNMET", "error", null))), 3_000_000);
        summary.add(ok("b.json", "优", List.of(item("IND-UNMET", "warning", null), item("IND-UNMET", "error", true))), 1_000_000);
        summary.add(ok("c.json", "优", List.of()), 2_000_000);
        summary.add(BatchLine.failed("d.json", BatchLine.BAD_INPUT, List.of("d.json:1:1: broken")), 500_000);

        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text), 2_000_000_000L, 2);

        assertThat(text.toString()).isEqualTo(String.join("\n",
                "4 reports in 2.00 s (2 reports/s, 2 threads)",
                "status",
                "  ok                                    3   75.0 %",
                "  bad-input                             1   25.0 %",
                "grade",
                "  优                                    2   50.0 %",
                "  中                                    1   25.0 %",
                "severity",
                "  error                                 1",
                "  warning                               1",
                "  info                                  1",
                "rule",
                "  IND-UNMET                             2",
                "  SAT-BELOW-MIN                         1",
                "slowest",
                "       3.0 ms  a.json",
                "       2.0 ms  c.json",
                "       1.0 ms  b.json",
                "       0.5 ms  d.json",
                "").replace("\n", System.lineSeparator()));
    }

    @Test
    void aGradeOutsideTheOrderComesAfterItsGrades() {
        BatchSummary summary = new BatchSummary(List.of("优", "差"));
        summary.add(ok("a.json", "甲", List.of()), 1);
        summary.add(ok("b.json", "差", List.of()), 1);
        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text), 1, 1);
        assertThat(text.toString()).contains("grade" + System.lineSeparator() + "  差 ")
                .containsSubsequence("  差 ", "  甲 ");
    }

    @Test
    void aChineseNameTakesTwoColumnsEachCharacter() {
        assertThat(BatchSummary.padded("优", 4)).isEqualTo("优  ");
        assertThat(BatchSummary.padded("ok", 4)).isEqualTo("ok  ");
        assertThat(BatchSummary.padded("（优）", 4)).isEqualTo("（优）");
    }

    @Test
    void thePolicysGradesComeBestFirstWhateverTheFilesOrder() throws Exception {
        Policy policy = new Policy(new ObjectMapper().readTree(
                "{\"grades\": {\"中\": 60, \"优\": 90, \"良\": 80}, \"gradeBelow\": \"差\"}"));
        assertThat(policy.gradeLabels()).containsExactly("优", "良", "中", "差");
        assertThat(policy.grade(85)).isEqualTo("良");
    }
}
