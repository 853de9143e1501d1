package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end cases: each {@code fixtures/<case>/} with a {@code report.json} is checked through the command line
 * and compared with {@code expected.json} and {@code expected-section.md}. The fingerprint and tool version are
 * left out of the comparison so that a wording edit elsewhere in rules/ does not touch every golden file.
 * Run with {@code -Djixiao.updateGolden=true} to rewrite the golden files from the current output.
 */
class GoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean UPDATE = Boolean.getBoolean("jixiao.updateGolden");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("fixtures"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("report.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonMatchesGolden(Path dir) throws IOException {
        Cli run = Cli.run("check", dir.resolve("report.json").toString(), "--format", "json");
        Cli again = Cli.run("check", dir.resolve("report.json").toString(), "--format", "json");
        assertThat(again.out()).isEqualTo(run.out());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isIn(0, 1);
        Path golden = dir.resolve("expected.json");
        if (UPDATE) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(masked(JSON.readTree(run.out()))).isEqualTo(masked(JSON.readTree(golden.toFile())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sectionMatchesGoldenAndRepeatsByteForByte(Path dir) throws IOException {
        Cli first = Cli.run("check", dir.resolve("report.json").toString(), "--format", "markdown");
        Cli second = Cli.run("check", dir.resolve("report.json").toString(), "--format", "markdown");
        assertThat(second.out()).isEqualTo(first.out());
        Path golden = dir.resolve("expected-section.md");
        if (UPDATE) {
            Files.writeString(golden, first.out(), StandardCharsets.UTF_8);
        }
        assertThat(withoutStamp(first.out())).isEqualTo(withoutStamp(Files.readString(golden, StandardCharsets.UTF_8)));
        assertThat(first.out()).containsPattern("<!-- jixiao \\S+ · rules sha256:[0-9a-f]{64} -->\n$");
    }

    private static String withoutStamp(String section) {
        return section.replaceAll("<!-- jixiao .* -->\n$", "");
    }

    private static JsonNode masked(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.put("tool", "*");
        ((ObjectNode) copy.path("ruleset")).put("fingerprint", "*");
        return copy;
    }
}
