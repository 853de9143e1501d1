package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What "Core checker" requires of the 2021 Leshan sample, asserted finding by finding. */
class SampleFloorTest {

    private static Cli run;
    private static JsonNode result;

    @BeforeAll
    static void check() throws Exception {
        run = Cli.run("check", "fixtures/leshan-2021/report.json", "--format", "json");
        result = new ObjectMapper().readTree(run.out());
    }

    private static List<JsonNode> findings(String ruleId) {
        List<JsonNode> out = new ArrayList<>();
        result.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals(ruleId)) {
                out.add(f);
            }
        });
        return out;
    }

    private static JsonNode finding(String ruleId, String subject) {
        return findings(ruleId).stream().filter(f -> f.path("subject").asText().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " about " + subject + " did not fire"));
    }

    @Test
    void exitsZeroWithNoErrorFinding() {
        assertThat(run.code()).isZero();
        result.path("findings").forEach(f -> assertThat(f.path("severity").asText()).isNotEqualTo("error"));
    }

    @Test
    void visitorsShortOfTarget() {
        JsonNode f = finding("IND-UNMET", "接待外宾人次");
        assertThat(f.at("/values/actual").asDouble()).isEqualTo(55);
        assertThat(f.at("/values/target").asDouble()).isEqualTo(60);
        assertThat(f.at("/values/completion").asDouble()).isEqualTo(91.67);
        assertThat(f.at("/trace/source/line").asInt()).isEqualTo(47);
    }

    @Test
    void newSisterCitiesOverachieved() {
        JsonNode f = finding("IND-OVERACHIEVED", "新建友城数量");
        assertThat(f.at("/values/actual").asDouble()).isEqualTo(2);
        assertThat(f.at("/values/target").asDouble()).isEqualTo(1);
    }

    @Test
    void superiorsSatisfactionNotReported() {
        finding("SAT-NOT-REPORTED", "上级满意度");
        assertThat(findings("SAT-NOT-REPORTED")).hasSize(1);
    }

    @Test
    void missingCategoriesNamed() {
        String missing = finding("IND-CATEGORY-MISSING", "绩效指标").at("/values/missing").asText();
        assertThat(missing).contains("质量指标", "时效指标", "成本指标");
    }

    @Test
    void suggestionAnswersNoShortfall() {
        JsonNode f = finding("RPT-SUGGESTION-UNMATCHED", "建议1");
        assertThat(f.at("/values/text").asText()).contains("加快项目执行进程");
    }

    @Test
    void noFundingOrRateFindings() {
        for (String quiet : List.of("FUND-ARRIVAL-RATE", "BUDGET-EXECUTION-RATE", "BUDGET-EXECUTION-UNEXPLAINED",
                "BUDGET-OVERSPEND", "FUND-STATED-RATE", "IND-STATED-RATE", "RPT-PROBLEM-NOT-LISTED")) {
            assertThat(findings(quiet)).as(quiet).isEmpty();
        }
    }

    @Test
    void scoreLeavesOutBenefitAndRescales() {
        assertThat(result.at("/score/rescaled").asBoolean()).isTrue();
        assertThat(result.at("/score/leftOut/0").asText()).isEqualTo("效益指标");
        assertThat(result.at("/score/grade").asText()).isEqualTo("优");
        assertThat(result.at("/score/note").asText()).contains("效益指标");
    }

    @Test
    void sectionDraftsProblemsAndSuggestionsWithRuleIds() {
        String section = result.path("section").asText();
        assertThat(section).startsWith("四、问题及建议").contains("（一）存在的问题", "（二）相关建议", "〔IND-UNMET〕");
        // The three over-achieved indicators are one merged item.
        assertThat(section.split("〔IND-OVERACHIEVED〕", -1)).hasSize(3);
    }

    @Test
    void fingerprintIsSha256() {
        assertThat(result.at("/ruleset/fingerprint").asText()).matches("sha256:[0-9a-f]{64}");
    }
}
