package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import jixiao.load.ReportReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published 2021 report of the sample, read from its text, against the facts transcribed by hand
 * ({@code fixtures/leshan-2021/report.json}): the same values on the same lines, and notes where the text gives
 * no number.
 */
class LeshanExtractionTest {

    private static final Path TEXT = Path.of("fixtures/leshan-2021/report.md");
    private static Extraction result;
    private static JsonNode facts;
    private static JsonNode byHand;

    @BeforeAll
    static void extract() throws Exception {
        result = Extract.extractor().extract(TEXT);
        facts = result.facts();
        byHand = new ObjectMapper().readTree(Path.of("fixtures/leshan-2021/report.json").toFile());
    }

    @Test
    void identityFromTheTitleAndTheLineAboveIt() {
        assertThat(facts.at("/report/department").asText()).isEqualTo("乐山市经济合作和外事局");
        assertThat(facts.at("/report/project").asText()).isEqualTo("外事活动");
        assertThat(facts.at("/report/year").asInt()).isEqualTo(2021);
        assertThat(facts.at("/report/source/line").asInt()).isEqualTo(5);
    }

    @Test
    void fundingWithTheBudgetDerivedFromTheArrivalRate() {
        assertValue("/funding/arrived", 23.83, 31);
        assertValue("/funding/spent", 23.83, 33);
        assertValue("/funding/statedArrivalRate", 100, 31);
        assertValue("/funding/budget", 23.83, 31);
        assertThat(facts.at("/funding/budget/source/note").asText()).contains("arrival rate");
        assertThat(facts.at("/funding/spent/source/quote").asText()).isEqualTo("该项目实际支出 23.83 万元");
        assertThat(result.notes()).anyMatch(n -> n.pointer().equals("/funding/budget") && n.lowConfidence());
    }

    @Test
    void theSevenOutputTargetsAndTwoSatisfactionTargetsAsTranscribed() {
        JsonNode got = facts.path("indicators");
        JsonNode want = byHand.path("indicators");
        assertThat(got.size()).isEqualTo(want.size()).isEqualTo(9);
        for (int i = 0; i < want.size(); i++) {
            JsonNode g = got.get(i);
            JsonNode w = want.get(i);
            String at = "indicator " + i + " " + w.path("name").asText();
            for (String field : List.of("level1", "level2", "name", "kind", "unit", "subject")) {
                assertThat(g.path(field)).as(at + " " + field).isEqualTo(w.path(field));
            }
            assertThat(g.at("/target/value").decimalValue()).as(at).isEqualByComparingTo(w.at("/target/value").decimalValue());
            assertThat(g.at("/target/source/line").asInt()).as(at).isEqualTo(w.at("/target/source/line").asInt());
        }
    }

    @Test
    void theLastTargetClauseRunsOnAcrossTheBlankLine() {
        JsonNode last = facts.at("/indicators/6");
        assertThat(last.path("name").asText()).isEqualTo("开展国际抗疫合作");
        assertThat(last.at("/target/value").asInt()).isEqualTo(2);
        assertThat(last.at("/target/source/line").asInt()).isEqualTo(19);
        assertThat(last.at("/target/source/quote").asText()).isEqualTo("开展国际抗疫合作不少于 2 次");
    }

    @Test
    void actualsAlignedByUnitAndWords() {
        assertValue("/indicators/0/actual", 9, 47);
        assertValue("/indicators/1/actual", 55, 47);
        assertThat(facts.at("/indicators/1/actual/source/quote").asText()).isEqualTo("等代表团 9 批 55 人");
        assertValue("/indicators/7/actual", 100, 61);
        assertThat(facts.at("/indicators/7/subject").asText()).isEqualTo("外宾");
    }

    @Test
    void statedCompletionRateAndItsCause() {
        assertValue("/indicators/1/statedRate", 92, 57);
        assertThat(facts.at("/indicators/1/deviationReason/value").asText()).isEqualTo("由于疫情原因");
        assertThat(facts.at("/indicators/1/deviationReason/source/quote").asText())
                .isEqualTo(byHand.at("/indicators/1/deviationReason/source/quote").asText());
    }

    @Test
    void everyActualTheTextStatesIsReadAsTheFactsFileHasIt() {
        // 新建友城 from "2 个正式友好城市" (友城 = 友好城市); the rest counted from what the text lists.
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 7}) {
            assertThat(facts.at("/indicators/" + i + "/actual/value").asInt()).as("indicator " + i)
                    .isEqualTo(byHand.at("/indicators/" + i + "/actual/value").asInt());
            assertThat(facts.at("/indicators/" + i + "/actual/source/line").asInt()).as("indicator " + i + " line")
                    .isEqualTo(byHand.at("/indicators/" + i + "/actual/source/line").asInt());
        }
    }

    @Test
    void actualsCountedFromListsAreMarkedForCheckingWithTheirItems() {
        for (int i : new int[] {3, 4, 5, 6}) {
            String pointer = "/indicators/" + i + "/actual";
            assertThat(result.notes()).as(pointer).anyMatch(n -> n.pointer().equals(pointer) && n.lowConfidence()
                    && n.what().contains("按列举的"));
        }
        assertThat(facts.at("/indicators/6/actual/source/note").asText())
                .isEqualTo("counted: 我市国际友城老挝琅勃拉邦市、尼泊尔蓝毗尼地区、印度尼西亚");
        assertThat(result.notes()).noneMatch(n -> n.pointer().equals("/indicators/2/actual"));
    }

    @Test
    void anotherGroupsSatisfactionMissingBesideOneReadIsNotReportedNotUnread() {
        assertThat(facts.at("/indicators/8").has("actual")).isFalse();
        assertThat(result.notes()).noneMatch(n -> n.pointer().equals("/indicators/8/actual"));
    }

    @Test
    void problemAndSuggestionTexts() {
        assertThat(facts.path("problems")).isEqualTo(byHand.path("problems"));
        assertThat(facts.path("suggestions")).isEqualTo(byHand.path("suggestions"));
    }

    @Test
    void theFactsLoadAsAReport() {
        assertThatCode(() -> new ReportReader().read(TEXT, facts)).doesNotThrowAnyException();
    }

    private static void assertValue(String pointer, double value, int line) {
        assertThat(facts.at(pointer + "/value").doubleValue()).as(pointer).isEqualTo(value);
        assertThat(facts.at(pointer + "/source/line").asInt()).as(pointer + " line").isEqualTo(line);
    }
}
