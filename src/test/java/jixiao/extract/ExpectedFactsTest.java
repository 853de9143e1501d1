package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each layout fixture against what a careful reader takes from it, written by hand in {@code expect.yaml}
 * (texts: {@code fixtures/texts/<case>/expect.yaml}; documents: {@code fixtures/documents/<name>.expect.yaml}):
 * values ({@code equals}), list sizes ({@code sizes}), text openings ({@code startsWith}), values that must not be
 * there ({@code absent}) and where values stand ({@code locators}). Every difference of a case is reported at once.
 * A case jixiao does not yet read in full says so in {@code open:} (what is left to do): it is skipped while it still
 * differs, and fails once it passes, so that the word is taken away.
 */
class ExpectedFactsTest {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final List<String> DOCUMENT_TYPES = List.of(".docx", ".xlsx", ".xls", ".pdf");

    static Stream<Path> cases() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("fixtures/texts"))) {
            dirs.map(d -> d.resolve("expect.yaml")).filter(Files::exists).sorted().forEach(out::add);
        }
        Path docs = Path.of("fixtures/documents");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.filter(f -> f.getFileName().toString().endsWith(".expect.yaml")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    /** The report an expectation file describes. */
    static Path report(Path expect) {
        String name = expect.getFileName().toString();
        if (name.equals("expect.yaml")) {
            return TextCasesTest.text(expect.getParent());
        }
        String stem = name.substring(0, name.length() - ".expect.yaml".length());
        for (String type : DOCUMENT_TYPES) {
            Path p = expect.resolveSibling(stem + type);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException(expect + ": no document named " + stem + " with a type in " + DOCUMENT_TYPES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factsAreWhatTheReportSays(Path expect) throws Exception {
        JsonNode want = YAML.readTree(expect.toFile());
        JsonNode facts = new ReportInput(Path.of("rules")).extract(report(expect)).facts();
        List<String> wrong = new ArrayList<>();
        want.path("equals").fields().forEachRemaining(e -> {
            JsonNode got = facts.at(e.getKey());
            JsonNode w = e.getValue();
            boolean same = w.isNumber() ? got.isNumber() && got.decimalValue().compareTo(w.decimalValue()) == 0
                    : got.isValueNode() && got.asText().equals(w.asText());
            if (!same) {
                wrong.add(e.getKey() + ": expected " + w + ", got " + (got.isMissingNode() ? "nothing" : got));
            }
        });
        want.path("sizes").fields().forEachRemaining(e -> {
            int got = facts.at(e.getKey()).size();
            if (got != e.getValue().asInt()) {
                wrong.add(e.getKey() + ": expected " + e.getValue().asInt() + " items, got " + got);
            }
        });
        want.path("startsWith").fields().forEachRemaining(e -> {
            String got = facts.at(e.getKey()).asText("");
            if (!got.startsWith(e.getValue().asText())) {
                wrong.add(e.getKey() + ": expected to start with " + e.getValue().asText() + ", got \"" + got + "\"");
            }
        });
        for (JsonNode p : want.path("absent")) {
            JsonNode got = facts.at(p.asText());
            if (!got.isMissingNode() && !got.isNull()) {
                wrong.add(p.asText() + ": expected nothing, got " + got);
            }
        }
        want.path("locators").fields().forEachRemaining(e -> {
            JsonNode src = facts.at(e.getKey()).path("source");
            String got = src.has("locator") ? src.path("locator").asText() : "第" + src.path("line").asText() + "行";
            String place = e.getValue().asText().replace(" ", "");
            // "第3页" alone: the value is on that page, whatever its line or table cell.
            boolean pageOnly = place.matches("第\\d+页");
            String g = got.replace(" ", "");
            if (pageOnly ? !g.startsWith(place) : !g.equals(place)) {
                wrong.add(e.getKey() + ": expected at " + e.getValue().asText() + ", got " + got);
            }
        });
        String open = want.path("open").asText(null);
        if (open != null) {
            assertThat(wrong).as("%s reads in full now: remove its open: line", expect).isNotEmpty();
            org.junit.jupiter.api.Assumptions.abort("open: " + open + " (" + wrong.size() + " differences, first: "
                    + wrong.get(0) + ")");
        }
        assertThat(wrong).as("%s against %s", report(expect), expect).isEmpty();
    }
}
