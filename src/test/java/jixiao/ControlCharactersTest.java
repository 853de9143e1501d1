package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters and bidi overrides from a report reach no terminal raw; the JSON output keeps the text as is. */
class ControlCharactersTest {

    @TempDir
    Path dir;

    private static final String RAW = "\u001b]0;title\u0007\u001b[31m\u0000\u202e\u009b";

    @Test
    void textAndMarkdownShowThemEscapedJsonKeepsThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(Path.of("fixtures/leshan-2021/report.json").toFile());
        ((ObjectNode) report.path("report")).put("project", "外事" + RAW + "活动");
        ((ObjectNode) report.path("problems").get(0)).put("text", "由于疫情" + RAW + "原因");
        Path file = Files.writeString(dir.resolve("ctl" + "\u001b[2J" + ".json"), json.writeValueAsString(report));

        for (String format : new String[] {"text", "markdown"}) {
            Cli run = Cli.run("check", file.toString(), "--format", format);
            assertThat(run.code()).as(run.err()).isIn(0, 1);
            assertThat(run.out()).as(format).doesNotContain("\u001b", "\u0000", "\u0007", "\u202e", "\u009b");
        }
        assertThat(Cli.run("check", "--format", "text", file.toString()).out()).contains("外事\\x1b]0;title\\x07");
        Cli batch = Cli.run("check", dir.toString(), "--format", "text");
        assertThat(batch.out()).doesNotContain("\u001b").contains("ctl\\x1b[2J.json");

        Cli raw = Cli.run("check", file.toString(), "--format", "json");
        assertThat(json.readTree(raw.out()).at("/report/project").asText()).isEqualTo("外事" + RAW + "活动");
    }
}
