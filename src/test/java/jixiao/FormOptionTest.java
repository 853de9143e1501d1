package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code check report --form 自评表.xlsx}: one report in two files. The narrative comes from the report, the table's
 * values from the form, and the form wins where both give a value (the report's text says 452 spent, the form 456).
 */
class FormOptionTest {

    private static final String REPORT = "fixtures/documents/split/report.md";
    private static final String FORM = "fixtures/documents/split/自评表.xlsx";

    @Test
    void factsComeFromBothFilesAndTheFormWins() throws Exception {
        Cli run = Cli.run("check", REPORT, "--form", FORM, "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        JsonNode r = new ObjectMapper().readTree(run.out());
        JsonNode unmet = r.path("findings").findParents("ruleId").stream()
                .filter(f -> f.path("ruleId").asText().equals("IND-UNMET")).findFirst().orElseThrow();
        assertThat(unmet.path("subject").asText()).isEqualTo("工程按期完工率");
        assertThat(unmet.at("/trace/source/locator").asText()).isEqualTo("自评表.xlsx 自评表!E16");
        assertThat(r.at("/report/project").asText()).isEqualTo("农村饮水安全巩固提升");
    }

    @Test
    void extractedFactsShowWhichFileEachValueCameFrom() throws Exception {
        JsonNode f = new jixiao.extract.ReportInput(java.nio.file.Path.of("rules"))
                .extract(java.nio.file.Path.of(REPORT), java.nio.file.Path.of(FORM)).facts();
        assertThat(f.at("/funding/spent/value").asInt()).isEqualTo(456);          // the form's, not the text's 452
        assertThat(f.at("/funding/spent/source/locator").asText()).isEqualTo("自评表.xlsx 自评表!E6");
        assertThat(f.at("/indicators").size()).isEqualTo(6);
        assertThat(f.at("/problems/0/source/line").asInt()).isEqualTo(15);     // from the report's own text
        assertThat(f.at("/problems/0/text").asText()).startsWith("部分泵站工程受汛期影响");
    }

    @Test
    void extractTakesTheFormToo() {
        Cli run = Cli.run("extract", REPORT, "--form", FORM);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"locator\": \"自评表.xlsx 自评表!E6\"");
    }

    @Test
    void aFormGoesWithOneReportOnly() {
        Cli run = Cli.run("check", REPORT, "fixtures/leshan-2021/report.json", "--form", FORM);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--form goes with one report");
    }
}
