package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Of the reviewer rules (basis.drl, consistency.drl), the sample raises exactly two, in every form it comes in: the
 * 34万元 of donated goods against its 23.83万元 budget, and a satisfaction of 100% with no survey behind it.
 */
class ReviewerRulesSampleTest {

    private static final Set<String> REVIEWER_FILES = Set.of("rules/basis.drl", "rules/consistency.drl");

    @ParameterizedTest
    @ValueSource(strings = {"report.json", "report.md", "report.docx", "report.pdf"})
    void theSampleRaisesTheAmountAndTheSurveyAndNothingElseNew(String file) throws IOException {
        Cli run = Cli.run("check", "fixtures/leshan-2021/" + file, "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        JsonNode result = new ObjectMapper().readTree(run.out());
        List<String> raised = new ArrayList<>();
        for (JsonNode f : result.path("findings")) {
            if (REVIEWER_FILES.contains(f.at("/trace/file").asText())) {
                raised.add(f.path("ruleId").asText() + " " + f.at("/values/amount").asText(f.path("subject").asText()));
            }
        }
        assertThat(raised).containsExactlyInAnyOrder("RPT-AMOUNT-ABOVE-BUDGET 34", "SAT-NO-SURVEY-BASIS 外宾满意度");
    }
}
