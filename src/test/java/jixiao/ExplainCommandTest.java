package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code jixiao explain}: the chain from a finding down to the report's lines, and the near misses. */
class ExplainCommandTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @Test
    void chainFromFindingToReportLine() {
        Cli run = Cli.run("explain", SAMPLE, "--rule", "IND-UNMET");
        assertThat(run.code()).isZero();
        String out = run.out();
        assertThat(out).contains("finding 2 of 11: [IND-UNMET] warning · 接待外宾人次");
        // raised by, derived by, down to the input fact and its report line, in that order
        int raised = out.indexOf("由规则 IND-UNMET “Indicator missed its target” rules/indicators.drl:");
        int assessed = out.indexOf("IndicatorAssessment 接待外宾人次: 分值 7.14 (按一级指标权重平均分配), 未完成, 完成率 91.67%");
        int derivedBy = out.indexOf("由规则 DERIVE-ASSESSMENT");
        // the rule collects the category's 7 indicators; the assessment is traced to its own one of them
        int category = out.indexOf("Category 产出指标");
        int collected = out.indexOf("collected 7 facts, derived from 1 of them:");
        int input = out.indexOf("Indicator /indicators/1 接待外宾人次: 指标值 ≥60人次, 实际完成值 55人次");
        int line = out.indexOf("出处 /indicators/1/actual = 55：报告第47行");
        assertThat(raised).isPositive();
        assertThat(assessed).isGreaterThan(raised);
        assertThat(derivedBy).isGreaterThan(assessed);
        assertThat(category).isGreaterThan(derivedBy);
        assertThat(collected).isGreaterThan(category);
        assertThat(input).isGreaterThan(collected);
        assertThat(out.substring(collected, out.indexOf("finding 3 of 11") < 0 ? out.length() : out.indexOf("finding 3 of 11")))
                .doesNotContain("Indicator /indicators/0 ");
        assertThat(line).isGreaterThan(input);
        assertThat(out).doesNotContain("InitialFact");
    }

    @Test
    void parametersReadAreShownWithTheirValues() {
        Cli run = Cli.run("explain", SAMPLE, "--rule", "IND-OVERACHIEVED");
        assertThat(run.out()).contains("读取参数 overachievement.ratio = 1.3");
        assertThat(run.out().split("finding \\d of 11", -1)).hasSize(4);
    }

    @Test
    void nearMissesShowHowCloseAThresholdCame() {
        Cli run = Cli.run("explain", SAMPLE, "--finding", "1", "--near-misses");
        assertThat(run.code()).isZero();
        // 92% stated against 91.67% computed: within the 0.5-point tolerance by 0.17.
        assertThat(run.out()).contains("near misses: 1")
                .contains("NearMiss IND-STATED-RATE 接待外宾人次: 所述与计算之差 0.33 对 0.5, 相差 0.17 pp")
                .contains("读取参数 rate.tolerance = 0.5");
    }

    @Test
    void aFindingThatIsNotThereIsAUsageError() {
        Cli run = Cli.run("explain", SAMPLE, "--finding", "99");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("there is no finding 99 (the report has 11)");
        assertThat(Cli.run("explain", SAMPLE, "--finding", "1", "--rule", "IND-UNMET").code()).isEqualTo(2);
    }

    @Test
    void thePublishedTextIsExplainedDownToItsLinesAndHelpSaysSo() {
        Cli run = Cli.run("explain", "fixtures/leshan-2021/report.md", "--rule", "IND-UNMET");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("[IND-UNMET] warning · 接待外宾人次").contains("由规则 DERIVE-ASSESSMENT");
        assertThat(Cli.run("explain", "--help").out()).contains("text (.md, .markdown, .txt, .csv)");
    }
}
