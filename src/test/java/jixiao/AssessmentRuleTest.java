package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jixiao.derived.IndicatorAssessment;
import jixiao.engine.Checker;
import jixiao.load.ReportReader;
import jixiao.model.Category;
import jixiao.model.Report;
import org.junit.jupiter.api.Test;

/** DERIVE-ASSESSMENT: one assessment for every indicator, each weighed within its own category; none without any. */
class AssessmentRuleTest {

    private static List<IndicatorAssessment> assessments(Report report) throws Exception {
        Checker.Outcome outcome = new Checker(TestRules.shipped()).check(report, new Checker.Options(List.of(), true));
        return outcome.facts().stream().filter(IndicatorAssessment.class::isInstance)
                .map(IndicatorAssessment.class::cast).toList();
    }

    @Test
    void firesOnceForEachIndicatorAndSharesTheCategoryWeight() throws Exception {
        Report sample = new ReportReader().read(Path.of("fixtures/leshan-2021/report.json"));
        List<IndicatorAssessment> found = assessments(sample);
        assertThat(found).extracting(IndicatorAssessment::indicator)
                .containsExactlyInAnyOrderElementsOf(sample.indicators());
        long outputs = sample.indicators().stream().filter(i -> i.category() == Category.OUTPUT).count();
        assertThat(outputs).isEqualTo(7);
        // 产出 50 shared by its 7 indicators, which give no 分值 of their own
        assertThat(found).filteredOn(a -> a.indicator().category() == Category.OUTPUT)
                .allSatisfy(a -> assertThat(a.weight()).isCloseTo(50.0 / 7, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void doesNotFireWithoutIndicators() throws Exception {
        Report sample = new ReportReader().read(Path.of("fixtures/leshan-2021/report.json"));
        Report none = new Report(sample.identity(), sample.funding(), List.of(), sample.problems(), sample.suggestions(), sample.statements(),
                sample.evaluation(), sample.extractionGaps(), sample.warnings());
        assertThat(assessments(none)).isEmpty();
    }
}
