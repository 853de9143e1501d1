package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jixiao.load.ReportReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code fixtures/texts/<case>/} holds a report text ({@code report.md} or {@code report.txt}) and the facts
 * it must give ({@code expected-facts.json}). Run with {@code -Djixiao.updateGolden=true} to rewrite the expected
 * facts from the current output, then review the diff.
 */
class TextCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean UPDATE = Boolean.getBoolean("jixiao.updateGolden");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("fixtures/texts"))) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    /** The case's report: report.md, report.txt or report.csv. */
    static Path text(Path dir) {
        for (String name : List.of("report.md", "report.txt", "report.csv")) {
            if (Files.exists(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalStateException(dir + ": no report.md, report.txt or report.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factsMatchExpected(Path dir) throws Exception {
        Extraction result = Extract.extractor().extract(text(dir));
        Path golden = dir.resolve("expected-facts.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(UPDATE || Files.exists(golden),
                "no expected-facts.json yet: expect.yaml holds this case's facts");
        if (UPDATE) {
            Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result.facts()) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        assertThat(result.facts()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factsLoadAsAReport(Path dir) throws Exception {
        Extraction result = Extract.extractor().extract(text(dir));
        assertThatCode(() -> new ReportReader().read(text(dir), result.facts())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyNoteNamesAPlaceInTheFacts(Path dir) throws Exception {
        Extraction result = Extract.extractor().extract(text(dir));
        for (ExtractionNote note : result.notes()) {
            assertThat(note.pointer()).startsWith("/");
            assertThat(note.what()).isNotBlank();
        }
    }
}
