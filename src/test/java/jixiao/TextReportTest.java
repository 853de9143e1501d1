package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking the published text itself, and the facts {@code extract} writes from it. */
class TextReportTest {

    private static final String TEXT = "fixtures/leshan-2021/report.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode finding(JsonNode result, String ruleId, String subject) {
        for (JsonNode f : result.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId) && f.path("subject").asText().equals(subject)) {
                return f;
            }
        }
        throw new AssertionError(ruleId + " about " + subject + " did not fire");
    }

    @Test
    void theSampleTextRaisesTheFloorFindingsTracedToItsLines() throws IOException {
        Cli run = Cli.run("check", TEXT, "--format", "json");
        assertThat(run.code()).isZero();
        JsonNode result = JSON.readTree(run.out());
        JsonNode unmet = finding(result, "IND-UNMET", "接待外宾人次");
        assertThat(unmet.at("/values/actual").asDouble()).isEqualTo(55);
        assertThat(unmet.at("/trace/source/line").asInt()).isEqualTo(47);
        assertThat(finding(result, "SAT-NOT-REPORTED", "上级满意度").at("/trace/source/line").asInt()).isEqualTo(21);
        assertThat(finding(result, "IND-CATEGORY-MISSING", "绩效指标").at("/values/missing").asText())
                .contains("质量指标", "时效指标", "成本指标");
        assertThat(finding(result, "RPT-SUGGESTION-UNMATCHED", "建议1").at("/trace/source/line").asInt())
                .isEqualTo(77);
        assertThat(finding(result, "EXTRACT-UNCERTAIN", "/indicators/5/actual").at("/values/what").asText())
                .contains("开展友城交流活动", "7项");
        assertThat(finding(result, "IND-OVERACHIEVED", "新建友城数量").at("/trace/source/line").asInt()).isEqualTo(49);
        for (String quiet : new String[] {"FUND-ARRIVAL-RATE", "BUDGET-EXECUTION-RATE", "BUDGET-OVERSPEND",
                "FUND-STATED-RATE", "IND-STATED-RATE", "RPT-PROBLEM-NOT-LISTED"}) {
            assertThat(run.out()).as(quiet).doesNotContain("\"ruleId\": \"" + quiet + "\"");
        }
    }

    @Test
    void extractedFactsGiveTheSameFindingsAsTheText() throws IOException {
        Path facts = tmp.resolve("facts.json");
        Cli extract = Cli.run("extract", TEXT, "-o", facts.toString());
        assertThat(extract.code()).isZero();
        assertThat(extract.err()).contains(TEXT + ":49: check /indicators/3/actual: ");
        JsonNode fromText = JSON.readTree(Cli.run("check", TEXT, "--format", "json").out());
        JsonNode fromFacts = JSON.readTree(Cli.run("check", facts.toString(), "--format", "json").out());
        assertThat(fromFacts.path("findings")).isEqualTo(fromText.path("findings"));
        assertThat(fromFacts.path("score")).isEqualTo(fromText.path("score"));
    }

    @Test
    void fillingInTheValueTheReportLeftOutCompletesTheScore() throws IOException {
        Path facts = tmp.resolve("facts.json");
        Cli.run("extract", TEXT, "-o", facts.toString());
        ObjectNode doc = (ObjectNode) JSON.readTree(facts.toFile());
        ((ObjectNode) doc.at("/indicators/8")).put("actual", 97);
        Files.writeString(facts, JSON.writeValueAsString(doc));
        String out = Cli.run("check", facts.toString(), "--format", "json").out();
        assertThat(out).doesNotContain("\"ruleId\": \"SAT-NOT-REPORTED\"");
        assertThat(JSON.readTree(out).at("/score/complete").asBoolean()).isTrue();
    }

    @Test
    void extractAsYamlIsReadByCheckToo() throws IOException {
        Path facts = tmp.resolve("facts.yaml");
        assertThat(Cli.run("extract", TEXT, "--format", "yaml", "-o", facts.toString()).code()).isZero();
        Cli run = Cli.run("check", facts.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("[IND-UNMET] 接待外宾人次");
    }

    @Test
    void extractRefusesFactsAndMissingFiles() {
        assertThat(Cli.run("extract", "fixtures/leshan-2021/report.json").code()).isEqualTo(2);
        Cli missing = Cli.run("extract", tmp.resolve("none.md").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.md: no such file");
    }
}
