package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import jixiao.model.MessageTemplates;
import org.junit.jupiter.api.Test;

/** Filling wordings: placeholders, and parts written [[…]] that are left out when they would say nothing. */
class MessageTemplatesTest {

    private static final String GRADE = "总分{total}（满分{maximum}[[；未设置的一级指标：{leftOut}]]）。";

    @Test
    void anOptionalPartIsWrittenWhenItsPlaceholdersHaveValues() {
        assertThat(MessageTemplates.fill(GRADE, Map.of("total", "92.01", "maximum", "70", "leftOut", "效益指标")))
                .isEqualTo("总分92.01（满分70；未设置的一级指标：效益指标）。");
    }

    @Test
    void anOptionalPartIsLeftOutWhenAPlaceholderInItIsEmpty() {
        assertThat(MessageTemplates.fill(GRADE, Map.of("total", "99.5", "maximum", "100", "leftOut", "")))
                .isEqualTo("总分99.5（满分100）。");
    }

    @Test
    void aPlaceholderWithNoValueStaysVisibleInsideAnOptionalPartToo() {
        Map<String, String> values = new HashMap<>(Map.of("total", "1"));
        assertThat(MessageTemplates.fill(GRADE, values)).isEqualTo("总分1（满分{maximum}；未设置的一级指标：{leftOut}）。");
    }

    @Test
    void unclosedBracketsAreText() {
        assertThat(MessageTemplates.fill("a [[b {x}", Map.of("x", ""))).isEqualTo("a [[b ");
        assertThat(MessageTemplates.placeholders(GRADE)).containsExactly("leftOut", "maximum", "total");
        assertThat(MessageTemplates.bracketProblem(GRADE)).isNull();
        assertThat(MessageTemplates.bracketProblem("a ]] b")).isEqualTo("\"]]\" with no \"[[\" before it");
    }

    @Test
    void theShippedScoreWordingSaysNothingOfLeftOutCategoriesWhenNoneIs() {
        Cli base = Cli.run("check", "fixtures/rules/base.yaml");
        assertThat(base.out()).contains("[SCORE-GRADE] 按评价办法计算总分99.5，等级优（得分99.5，满分100）。");
        Cli sample = Cli.run("check", "fixtures/leshan-2021/report.json", "--lang", "en");
        assertThat(sample.out()).contains("earned 64.4 of 70; categories with no indicator: 效益指标).");
    }
}
