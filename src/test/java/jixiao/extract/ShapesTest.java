package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What each shape of report in {@code fixtures/texts/} must give, beyond the golden comparison. */
class ShapesTest {

    private static JsonNode facts(String file) throws Exception {
        return Extract.extractor().extract(Path.of("fixtures/texts", file)).facts();
    }

    @Test
    void nationalTableInMarkdown() throws Exception {
        JsonNode f = facts("table-national/report.md");
        assertThat(f.at("/funding/budget/value").asInt()).isEqualTo(480);
        assertThat(f.at("/funding/spent/value").asInt()).isEqualTo(456);
        assertThat(f.at("/funding/statedExecutionRate/value").asInt()).isEqualTo(95);
        assertThat(f.at("/funding/selfScore/value").asDouble()).isEqualTo(9.5);
        assertThat(f.at("/indicators/1/level1").asText()).isEqualTo("产出指标");   // carried down a merged cell
        assertThat(f.at("/indicators/1/level2").asText()).isEqualTo("质量指标");
        assertThat(f.at("/indicators/2/deviationReason/value").asText()).isEqualTo("受雨季影响，部分工程延期");
        assertThat(f.at("/indicators/3/kind").asText()).isEqualTo("qualitative");
        assertThat(f.at("/indicators/4/subject").asText()).isEqualTo("受益农户");
        assertThat(f.at("/evaluation/statedTotal/value").asDouble()).isEqualTo(96.5);
        assertThat(f.at("/evaluation/statedGrade/value").asText()).isEqualTo("优");
        assertThat(f.path("problems").size()).isEqualTo(2);
        assertThat(f.path("suggestions").size()).isEqualTo(2);
    }

    @Test
    void plainTextWithParenthesizedHeadingsFullWidthDigitsAndChineseNumerals() throws Exception {
        JsonNode f = facts("plain-parenthesized/report.txt");
        assertThat(f.at("/report/year").asInt()).isEqualTo(2023);
        assertThat(f.at("/funding/budget/value").asInt()).isEqualTo(85);          // ８５０，０００元
        assertThat(f.at("/funding/spent/value").asDouble()).isEqualTo(82.6);      // 826,000元
        assertThat(f.at("/indicators/0/target/value").asInt()).isEqualTo(10);     // 不少于十场
        assertThat(f.at("/indicators/1/target/value").asInt()).isEqualTo(2);      // 两期以上
        assertThat(f.at("/indicators/3/target/value").asInt()).isEqualTo(80);     // 不低于８０％, broken over two lines
        assertThat(f.at("/indicators/4/kind").asText()).isEqualTo("<=");          // 控制在50万元以内
        assertThat(f.at("/indicators/4/level2").asText()).isEqualTo("成本指标");
        assertThat(f.at("/indicators/5/actual/value").asInt()).isEqualTo(96);
        assertThat(f.path("problems").size()).isEqualTo(2);
    }

    @Test
    void sichuanFormWithKindAndUnitColumns() throws Exception {
        JsonNode f = facts("sichuan-form/report.txt");
        assertThat(f.at("/report/project").asText()).isEqualTo("乡村道路养护");
        assertThat(f.at("/report/year").asInt()).isEqualTo(2022);
        assertThat(f.at("/funding/adjustedBudget/value").asInt()).isEqualTo(280);
        assertThat(f.at("/funding/spent/value").asInt()).isEqualTo(266);
        assertThat(f.at("/indicators/0/unit").asText()).isEqualTo("公里");
        assertThat(f.at("/indicators/2/kind").asText()).isEqualTo("<=");
        assertThat(f.at("/indicators/3/target/value").asDouble()).isEqualTo(2.5);
        assertThat(f.at("/indicators/4/kind").asText()).isEqualTo("qualitative");
        assertThat(f.at("/indicators/4/target/value").asText()).isEqualTo("优");
        assertThat(f.at("/evaluation/statedTotal/value").asDouble()).isEqualTo(98.5);
        assertThat(f.at("/problems/0/source/line").asInt()).isEqualTo(20);
        assertThat(f.at("/suggestions/0/text").asText()).startsWith("加强施工过程质量监督");
    }

    @Test
    void unmetExecutionRateWithItsExplanation() throws Exception {
        JsonNode f = facts("unmet-execution/report.md");
        assertThat(f.at("/funding/budget/value").asInt()).isEqualTo(100);
        assertThat(f.at("/funding/spent/value").asDouble()).isEqualTo(62.5);
        assertThat(f.at("/funding/statedExecutionRate/value").asDouble()).isEqualTo(62.5);
        assertThat(f.at("/funding/explanation/value").asText()).contains("主要原因是受疫情影响");
        assertThat(f.at("/funding/explanation/source/line").asInt()).isEqualTo(17);
        assertThat(f.at("/indicators/0/statedRate/value").asInt()).isEqualTo(82);
        assertThat(f.at("/indicators/0/deviationReason/value").asText()).isEqualTo("由于疫情原因");
        // Under a joint 问题及建议 heading, the sentence opening with 建议 is the suggestion.
        assertThat(f.at("/problems/0/text").asText()).startsWith("受疫情影响");
        assertThat(f.at("/suggestions/0/text").asText()).startsWith("建议优化培训方式");
    }
}
