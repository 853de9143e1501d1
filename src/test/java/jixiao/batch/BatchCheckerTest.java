package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.TestRules;
import jixiao.extract.ReportInput;
import org.junit.jupiter.api.Test;

/** A fault of jixiao's own on one report marks that report and the batch goes on. */
class BatchCheckerTest {

    @Test
    void aReportJixiaoFailsOnIsMarkedAndTheOthersAreChecked() throws Exception {
        Path sample = Path.of("fixtures/leshan-2021/report.json");
        Path text = Path.of("fixtures/leshan-2021/report.md");
        Path faulty = Path.of("fixtures/leshan-2021/faulty.json");
        BatchChecker checker = new BatchChecker(TestRules.shipped(), () -> {
            ReportInput input = new ReportInput(TestRules.DIR);
            return (file, content, factsRead) -> {
                if (file.equals(faulty)) {
                    throw new IllegalStateException("a fault\nwith a second line");
                }
                return input.read(file, content, factsRead);
            };
        }, "zh", List.of(), LocalDate.of(2026, 1, 1), 2, "test");
        List<BatchLine> lines = new ArrayList<>();
        BatchSummary summary = checker.run(List.of(sample, faulty, text), lines::add, new AtomicInteger());
        assertThat(lines).extracting(BatchLine::status)
                .containsExactly(BatchLine.OK, BatchLine.INTERNAL_ERROR, BatchLine.OK);
        assertThat(lines.get(1).errors()).containsExactly(
                faulty + ": internal error: java.lang.IllegalStateException: a fault");
        assertThat(lines.get(2).findings()).isNotEmpty();
        assertThat(summary.any(BatchLine.INTERNAL_ERROR)).isTrue();
        assertThat(summary.failed()).isEqualTo(1);
    }
}
