package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Text in a self-evaluation form (a workbook, or a form given apart with --form) is a box of the form, not the
 * report's running text: the reviewer rules that seek something in the running text say nothing of a form alone.
 */
class FormTextTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWorkbookAloneHoldsNoRunningText() throws Exception {
        JsonNode facts = JSON.readTree(Cli.run("extract", "fixtures/documents/sichuan-form.xlsx").out());
        assertThat(facts.path("statements")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("table").asBoolean()).as(s.toString()).isTrue());
        JsonNode result = JSON.readTree(Cli.run("check", "fixtures/documents/sichuan-form.xlsx", "--format", "json").out());
        assertThat(result.path("findings").findValuesAsText("ruleId")).doesNotContain("SAT-NO-SURVEY-BASIS")
                .contains("IND-UNMET");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fixtures/texts/sichuan-form/report.txt",
            "fixtures/texts/sichuan-one-cell-a-line/report.txt", "fixtures/texts/csv-merged-blank/report.csv"})
    void aFormAloneAsTextIsNotBlamedForTheNarrativeItDoesNotHold(String form) throws Exception {
        JsonNode result = JSON.readTree(Cli.run("check", form, "--format", "json").out());
        assertThat(result.path("findings").findValuesAsText("ruleId")).isNotEmpty().doesNotContain("SAT-NO-SURVEY-BASIS");
    }

    @Test
    void aReportTitledAsAReportKeepsItsRunningText() throws Exception {
        // the same rule still fires where a report's own text was read and names no survey
        JsonNode result = JSON.readTree(Cli.run("check", "fixtures/texts/table-national/report.md", "--format", "json").out());
        assertThat(result.path("findings").findValuesAsText("ruleId")).contains("SAT-NO-SURVEY-BASIS");
    }

    @Test
    void withAFormApartOnlyTheFormsTextIsMarkedAsTheForms() throws Exception {
        JsonNode facts = JSON.readTree(Cli.run("extract", "fixtures/documents/split/report.md", "--form",
                "fixtures/documents/split/自评表.xlsx").out());
        long prose = 0;
        long boxes = 0;
        for (JsonNode s : facts.path("statements")) {
            if (s.path("table").asBoolean()) {
                boxes++;
            } else {
                prose++;
                assertThat(s.path("text").asText()).doesNotContain("水质检测合格率97%"); // the form's results box
            }
        }
        assertThat(prose).isPositive();
        assertThat(boxes).isPositive();
    }
}
