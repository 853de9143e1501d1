package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jixiao.ChildJvm;
import jixiao.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check -} reads the report from standard input: its kind told from its start (JSON, YAML facts, else text)
 * or given by {@code --stdin-format}, within the size limit of a file, named "(standard input)" in every message.
 */
class StandardInputTest {

    private static final Path FACTS = Path.of("fixtures/leshan-2021/report.json");
    private static final Path TEXT = Path.of("fixtures/leshan-2021/report.md");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run check(File input, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "check";
        all[1] = "-";
        System.arraycopy(args, 0, all, 2, args.length);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = ChildJvm.jixiao(all).redirectInput(input).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.exitValue(), Files.readString(out), err);
    }

    @Test
    void theKindIsToldFromTheStartAndTheResultIsTheFilesOwn() throws Exception {
        Cli fromFile = Cli.run("check", FACTS.toString(), "--format", "markdown");
        Run json = check(FACTS.toFile(), "--format", "markdown");
        assertThat(json.code()).as(json.err()).isEqualTo(fromFile.code());
        assertThat(json.out()).isEqualTo(fromFile.out());

        Path yaml = Files.writeString(dir.resolve("r.yaml"), "# facts\nreport:\n  department: 某局\n  project: 某项目\n"
                + "  year: 2023\nfunding:\n  budget: 10\nindicators: []\n");
        Run fromYaml = check(yaml.toFile(), "--format", "json");
        assertThat(fromYaml.code()).as(fromYaml.err()).isIn(0, 1);
        assertThat(fromYaml.out()).contains("\"file\": \"(standard input)\"").contains("某项目");

        Cli textFromFile = Cli.run("check", TEXT.toString(), "--format", "markdown");
        Run text = check(TEXT.toFile(), "--format", "markdown");
        assertThat(text.code()).as(text.err()).isEqualTo(textFromFile.code());
        assertThat(text.out()).isEqualTo(textFromFile.out());
    }

    @Test
    void theKindCanBeGiven() throws Exception {
        Run asText = check(FACTS.toFile(), "--stdin-format", "text");
        assertThat(asText.out()).as(asText.err()).contains("（未写明部门）"); // JSON read as text: no report's words
        assertThat(check(FACTS.toFile(), "--stdin-format", "json").out()).contains("乐山市");
        Run wrong = check(FACTS.toFile(), "--stdin-format", "docx");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("jixiao check: --stdin-format must be json, yaml, text (Markdown or plain) "
                + "or csv, not 'docx'\n");
    }

    @Test
    void errorsNameStandardInputAndNoTemporaryFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad"), "{\"report\": } ");
        Run run = check(bad.toFile());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("(standard input):1:12: ").doesNotContain("jixiao-stdin", "/tmp/");
        Run empty = check(Files.createFile(dir.resolve("empty")).toFile());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("(standard input): nothing was given");
    }

    @Test
    void theSizeLimitHolds() throws Exception {
        Path big = dir.resolve("big");
        Files.write(big, new byte[(int) jixiao.load.DocumentParser.MAX_BYTES + 1]);
        Run run = check(big.toFile());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("(standard input): 16777217 bytes is larger than the 16777216 bytes");
    }

    @Test
    void aDashStandsAlone() {
        Cli run = Cli.run("check", "-", FACTS.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("- (standard input) is one report, given alone");
        Cli format = Cli.run("check", FACTS.toString(), "--stdin-format", "json");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--stdin-format goes with -");
    }
}
