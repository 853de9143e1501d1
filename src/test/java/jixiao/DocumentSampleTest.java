package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sample as it is published (report.md), as a Word file (report.docx) and as a PDF (report.pdf) gives the
 * findings of its facts file (report.json), EXTRACT notes aside, and the grade 优; each finding traced to the text
 * points into its own file in that file's terms: a line of the text, a paragraph or table cell of the Word file, a
 * page and line of the PDF.
 */
class DocumentSampleTest {

    private static final Path DIR = Path.of("fixtures/leshan-2021");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern DOCX = Pattern.compile("第\\d+段|表\\d+ 第\\d+行 第\\d+列");
    private static final Pattern PDF = Pattern.compile("第\\d+页第\\d+行");

    private static JsonNode check(String file) throws IOException {
        Cli run = Cli.run("check", DIR.resolve(file).toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        return JSON.readTree(run.out());
    }

    /** Each finding but the extraction notes, by (rule id, severity, subject, message), in output order. */
    private static Map<String, JsonNode> findings(JsonNode result) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode f : result.path("findings")) {
            String id = f.path("ruleId").asText();
            if (id.equals("EXTRACT-MISSING") || id.equals("EXTRACT-UNCERTAIN")) {
                continue;
            }
            String key = id + " | " + f.path("severity").asText() + " | " + f.path("subject").asText() + " | "
                    + f.path("message").asText();
            assertThat(out.put(key, f)).as("one finding a key: " + key).isNull();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.md", "report.docx", "report.pdf"})
    void givesTheFindingsOfTheFactsFileWithItsOwnLocators(String file) throws IOException {
        Map<String, JsonNode> facts = findings(check("report.json"));
        JsonNode result = check(file);
        Map<String, JsonNode> read = findings(result);

        assertThat(new ArrayList<>(read.keySet())).isEqualTo(new ArrayList<>(facts.keySet()));
        assertThat(result.at("/score/grade").asText()).isEqualTo("优");

        List<String> lines = Files.readAllLines(DIR.resolve("report.md"));
        int traced = 0;
        for (Map.Entry<String, JsonNode> e : read.entrySet()) {
            JsonNode source = e.getValue().at("/trace/source");
            JsonNode expected = facts.get(e.getKey()).at("/trace/source");
            assertThat(isPlaced(source)).as("traced as the facts file traces it: " + e.getKey())
                    .isEqualTo(isPlaced(expected));
            if (!isPlaced(source)) {
                continue;
            }
            traced++;
            assertThat(source.path("pointer").asText()).as(e.getKey()).isEqualTo(expected.path("pointer").asText());
            assertLocatorKind(file, source, e.getKey());
            for (JsonNode s : e.getValue().at("/trace/sources")) {
                if (isPlaced(s)) {
                    assertLocatorKind(file, s, e.getKey());
                }
            }
            if (file.endsWith(".md")) {
                // The published text's own line: the one the facts file was transcribed from, holding the quote.
                int line = source.path("line").asInt();
                assertThat(line).as(e.getKey()).isEqualTo(expected.path("line").asInt());
                assertThat(lines.get(line - 1)).as(e.getKey()).contains(source.path("quote").asText());
            }
        }
        assertThat(traced).as("findings traced to the text").isGreaterThanOrEqualTo(5);

        // The unmet indicator, in each file's terms.
        JsonNode unmet = read.values().stream().filter(f -> f.path("ruleId").asText().equals("IND-UNMET"))
                .findFirst().orElseThrow().at("/trace/source");
        assertThat(unmet.path("quote").asText()).isEqualTo("等代表团 9 批 55 人");
        switch (file) {
            case "report.md" -> assertThat(unmet.path("line").asInt()).isEqualTo(47);
            case "report.docx" -> assertThat(unmet.path("locator").asText()).isEqualTo("第22段");
            default -> assertThat(unmet.path("locator").asText()).isEqualTo("第2页第21行");
        }
    }

    private static boolean isPlaced(JsonNode source) {
        return source.path("line").isInt() || source.path("locator").isTextual();
    }

    private static void assertLocatorKind(String file, JsonNode source, String finding) {
        if (file.endsWith(".md")) {
            assertThat(source.path("line").isInt()).as("a line of the text: " + finding).isTrue();
            assertThat(source.path("locator").isTextual()).as(finding).isFalse();
        } else {
            assertThat(source.path("line").isInt()).as("no text line in " + file + ": " + finding).isFalse();
            assertThat(source.path("locator").asText()).as(finding)
                    .matches(file.endsWith(".docx") ? DOCX : PDF);
        }
    }

    @Test
    void theWordFileCheckedTwiceGivesTheSameBytes() {
        Cli first = Cli.run("check", DIR.resolve("report.docx").toString(), "--format", "json");
        Cli second = Cli.run("check", DIR.resolve("report.docx").toString(), "--format", "json");
        assertThat(first.code()).isIn(0, 1);
        assertThat(first.out()).isNotEmpty();
        assertThat(second.out()).isEqualTo(first.out());
    }
}
