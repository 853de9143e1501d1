package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented reports written the ways real ones are ({@code fixtures/reviewer/}): each raises exactly the reviewer rules
 * (basis.drl, consistency.drl) its line of {@code expected.tsv} names; the sound ones raise none.
 */
class ReviewerFixturesTest {

    private static final Path DIR = Path.of("fixtures/reviewer");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.tsv"))) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            out.add(Arguments.of(parts[0], parts.length > 1 ? parts[1] : ""));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesExactlyTheReviewerRulesExpected(String file, String expected) throws IOException {
        Cli run = Cli.run("check", DIR.resolve(file).toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        TreeSet<String> raised = new TreeSet<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).path("findings")) {
            String where = f.at("/trace/file").asText();
            if (where.equals("rules/basis.drl") || where.equals("rules/consistency.drl")) {
                raised.add(f.path("ruleId").asText());
            }
        }
        assertThat(String.join(",", raised)).isEqualTo(expected);
    }
}
