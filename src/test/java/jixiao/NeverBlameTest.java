package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Never blame the report for what was not read (fixtures/unread/): invented reports that hold the information, where
 * reading is made to fail on purpose. For each: no finding says the report lacks what it has; an EXTRACT-MISSING
 * finding stands for what could not be read; the drafted 问题及建议 section says nothing of it; a score that rests on
 * an unread value is provisional.
 */
class NeverBlameTest {

    private static final Path DIR = Path.of("fixtures/unread");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Findings that say the report leaves something out: never for a value jixiao could not read. */
    private static final Set<String> BLAMING = Set.of("IND-VALUE-MISSING", "SAT-NOT-REPORTED", "FUND-VALUE-MISSING",
            "IND-CATEGORY-MISSING", "RPT-PROBLEM-NOT-LISTED", "RPT-SHORTFALL-UNANSWERED");

    /** Words of the drafted section that claim the report lacks or leaves out something (messages.zh.yaml). */
    private static final List<String> CLAIMS_OF_ABSENCE = List.of("EXTRACT", "未能读出", "未读出", "缺少", "未填报",
            "未报告", "未给出", "未如实反映", "未提及", "数据不完整", "未提出相应措施", "无法计算", "无法评价");

    /**
     * One case: its folder, the subjects of the EXTRACT-MISSING findings that must stand for what was not read, and
     * whether the score must be provisional (null: the unread part is not scored, so nothing is asserted).
     */
    private record Case(String name, List<String> unread, Boolean provisional) {
    }

    @Test
    void aTransposedIndicatorTableIsUnreadNotAReportWithoutIndicators() throws IOException {
        JsonNode result = check(new Case("indicator-table-garbled", List.of("/indicators"), true));
        // The only indicators are in the table: nothing may be scored or judged about them.
        assertThat(ruleIds(result)).doesNotContain("IND-UNMET", "IND-OVERACHIEVED", "SAT-TARGET-LOW");
    }

    @Test
    void problemsUnderAnUnknownHeadingAreUnreadNotLeftOut() throws IOException {
        JsonNode result = check(new Case("problems-under-unknown-heading", List.of("/problems"), null));
        // The unmet indicator is still found and drafted, as the table gives it; only the claim that the report's
        // 存在的问题 leave it out is withheld.
        assertThat(subjects(result, "IND-UNMET")).containsExactly("新建社区助餐点");
        assertThat(result.path("section").asText()).contains("新建社区助餐点");
    }

    @Test
    void moneyInCapitalNumeralsIsUnreadNotMissing() throws IOException {
        JsonNode result = check(new Case("funding-in-capital-numerals",
                List.of("/funding/arrived", "/funding/budget", "/funding/spent"), true));
        assertThat(ruleIds(result)).noneMatch(id -> id.startsWith("FUND-") || id.startsWith("BUDGET-"));
        // The execution rate is scored as unread: 0 to full.
        assertThat(result.at("/score/range/max").asDouble() - result.at("/score/range/min").asDouble())
                .isCloseTo(10.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void anIndicatorTableCutOffMidRowIsUnreadNotIncomplete() throws IOException {
        JsonNode result = check(new Case("indicator-table-cut-off", List.of(), true));
        assertThat(result.path("findings")).anySatisfy(f -> {
            assertThat(f.path("ruleId").asText()).isEqualTo("EXTRACT-MISSING");
            assertThat(f.path("subject").asText()).startsWith("/indicators");
        });
    }

    @Test
    void everyCaseHasItsReportItsOneLineAboutAndATest() throws IOException {
        List<String> tested = List.of("funding-in-capital-numerals", "indicator-table-cut-off",
                "indicator-table-garbled", "problems-under-unknown-heading");
        try (Stream<Path> cases = Files.list(DIR)) {
            List<Path> folders = cases.filter(Files::isDirectory).sorted().toList();
            assertThat(folders.stream().map(p -> p.getFileName().toString())).containsExactlyElementsOf(tested);
            for (Path folder : folders) {
                assertThat(folder.resolve("report.md")).isRegularFile();
                assertThat(Files.readString(folder.resolve("about.md")).strip().lines()).hasSize(1);
            }
        }
    }

    /** Checks the case's report and asserts what holds for every case; the JSON result for more. */
    private static JsonNode check(Case c) throws IOException {
        Path report = DIR.resolve(c.name()).resolve("report.md");
        Cli run = Cli.run("check", report.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("Exception");
        JsonNode result = JSON.readTree(run.out());

        assertThat(ruleIds(result)).as("findings that blame the report for what was not read")
                .doesNotContainAnyElementsOf(BLAMING);
        assertThat(subjects(result, "EXTRACT-MISSING")).as("what could not be read").containsAll(c.unread());

        String section = result.path("section").asText();
        assertThat(section).as("the drafted section").isNotBlank();
        for (String claim : CLAIMS_OF_ABSENCE) {
            assertThat(section).as("the drafted section").doesNotContain(claim);
        }
        Matcher tag = Pattern.compile("〔([A-Z0-9-]+)〕").matcher(section);
        while (tag.find()) {
            assertThat(tag.group(1)).doesNotStartWith("EXTRACT-").isNotIn(BLAMING);
        }

        JsonNode score = result.path("score");
        if (Boolean.TRUE.equals(c.provisional())) {
            // No score at all (nothing to score was read) claims nothing; a score must say it is provisional.
            if (!score.isMissingNode() && !score.isNull()) {
                assertThat(score.path("complete").asBoolean(true)).as("score.complete").isFalse();
                assertThat(score.at("/range/max").asDouble()).isGreaterThan(score.at("/range/min").asDouble());
            }
        }
        return result;
    }

    private static List<String> ruleIds(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("findings").forEach(f -> out.add(f.path("ruleId").asText()));
        return out;
    }

    private static List<String> subjects(JsonNode result, String ruleId) {
        List<String> out = new ArrayList<>();
        result.path("findings").forEach(f -> {
            if (f.path("ruleId").asText().equals(ruleId)) {
                out.add(f.path("subject").asText());
            }
        });
        return out;
    }
}
