package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.generate.ReportGenerator;
import jixiao.generate.ReportMarkdown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch gives each report the same findings as checking it alone, in input order, and survives a bad file. */
class BatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void generate() throws IOException {
        ReportGenerator generator = new ReportGenerator(11);
        for (int i = 0; i < 24; i++) {
            JsonNode facts = generator.report(i);
            if (i % 4 == 3) {
                Files.writeString(dir.resolve(String.format("r%02d.md", i)), ReportMarkdown.render(facts));
            } else {
                Files.writeString(dir.resolve(String.format("r%02d.json", i)), JSON.writeValueAsString(facts));
            }
        }
    }

    private static List<String> findings(JsonNode findings) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            out.add(f.path("ruleId").asText() + "|" + f.path("severity").asText() + "|" + f.path("subject").asText()
                    + "|" + f.path("message").asText());
        }
        return out;
    }

    @Test
    void eachLineMatchesCheckingThatReportAlone() throws IOException {
        Cli batch = Cli.run("check", dir.toString(), "--format", "jsonl", "--threads", "2");
        List<String> lines = batch.out().lines().toList();
        assertThat(lines).hasSize(24);
        for (String line : lines) {
            JsonNode b = JSON.readTree(line);
            assertThat(b.path("status").asText()).isEqualTo("ok");
            JsonNode alone = JSON.readTree(Cli.run("check", b.path("file").asText(), "--format", "json").out());
            assertThat(findings(b.path("findings"))).as(b.path("file").asText())
                    .isEqualTo(findings(alone.path("findings")));
            assertThat(b.path("total").asDouble()).isEqualTo(alone.at("/score/total").asDouble());
        }
        assertThat(lines.get(0)).contains("r00.json");
        assertThat(lines.get(23)).contains("r23.md");
        assertThat(batch.err()).contains("24 reports in").contains("grade").contains("slowest");
    }

    @Test
    void theSameBatchGivesTheSameBytes() {
        String first = Cli.run("check", dir.toString(), "--format", "jsonl", "--threads", "2").out();
        String second = Cli.run("check", dir.toString(), "--format", "jsonl", "--threads", "1").out();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFolderWithoutReportsIsAnErrorAloneAndAWarningBesideOthers() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.doc"), "not a report");
        Path other = Files.createDirectories(dir.resolve("other"));
        Cli alone = Cli.run("check", empty.toString(), other.toString(), "--format", "jsonl");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.out()).isEmpty();
        assertThat(alone.err().lines()).containsExactly(
                empty + ": no reports in this folder (a report is " + jixiao.extract.ReportInput.KINDS + ")",
                other + ": no reports in this folder (a report is " + jixiao.extract.ReportInput.KINDS + ")");
        Cli beside = Cli.run("check", empty.toString(), dir.resolve("r00.json").toString(), "--format", "jsonl");
        assertThat(beside.code()).isIn(0, 1);
        assertThat(beside.out().lines()).hasSize(1);
        assertThat(beside.err()).startsWith("warning: " + empty + ": no reports in this folder");
    }

    @Test
    void aPathThatIsNoFileIsNamedSo() {
        Path typo = dir.resolve("r00.jsn");
        Cli run = Cli.run("check", typo.toString(), dir.resolve("r01.json").toString(), "--format", "text");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).startsWith(typo + ": bad-input: " + typo + ": no such file");
        Cli one = Cli.run("check", typo.toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err().strip()).isEqualTo(typo + ": no such file");
    }

    @Test
    void oneBadFileIsReportedAndTheOthersAreChecked() throws IOException {
        Files.writeString(dir.resolve("r05.json"), "{\"report\": ");
        Cli run = Cli.run("check", dir.toString(), "--format", "text");
        assertThat(run.code()).isEqualTo(2);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(24);
        assertThat(lines.get(5)).startsWith(dir.resolve("r05.json") + ": bad-input: " + dir.resolve("r05.json") + ":1:");
        assertThat(lines.stream().filter(l -> l.contains(": bad-input: "))).hasSize(1);
        assertThat(run.err()).containsPattern("bad-input\\s+1").containsPattern("ok\\s+23");
    }

    @Test
    void aBatchWrittenToAFileIsWhole() throws IOException {
        Path out = dir.resolve("out").resolve("results.jsonl");
        Files.createDirectories(out.getParent());
        Cli run = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", out.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(24);
        try (var left = Files.list(out.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("results.jsonl");
        }
    }

    @Test
    void aLoneSurrogateInAReportIsWrittenAsItsEscapeToAFileAndToStandardOutputAlike() throws IOException {
        // "\ud800" in JSON is a string UTF-8 cannot hold; the line keeps it as the escape, and the run goes on.
        String facts = Files.readString(dir.resolve("r00.json"));
        JsonNode department = JSON.readTree(facts).at("/report/department");
        Files.writeString(dir.resolve("r00.json"), facts.replace(JSON.writeValueAsString(department),
                "\"部门\\ud800x\\ud83d\\ude00\""));
        Path out = dir.resolve("out").resolve("results.jsonl");
        Files.createDirectories(out.getParent());
        Cli toFile = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", out.toString());
        Cli toStdout = Cli.run("check", dir.toString(), "--format", "jsonl");
        assertThat(toFile.code()).isEqualTo(toStdout.code()).isIn(0, 1);
        String written = Files.readString(out);
        assertThat(written).isEqualTo(toStdout.out());
        String first = written.lines().findFirst().orElseThrow();
        assertThat(first).contains("\"department\":\"部门\\uD800x\uD83D\uDE00\"");
        assertThat(JSON.readTree(first).path("department").asText()).isEqualTo("部门\ud800x\ud83d\ude00");
        assertThat(written.lines()).hasSize(24);
    }

    @Test
    void anOutputThatIsOneOfTheInputsIsRefusedUnderAnyName() throws IOException {
        Path input = dir.resolve("r06.json");
        String before = Files.readString(input);
        Cli direct = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", input.toString());
        assertThat(direct.code()).isEqualTo(2);
        assertThat(direct.err()).contains("would overwrite the input " + input);
        Path link = Files.createSymbolicLink(dir.resolve("elsewhere.out"), input);
        Cli linked = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", link.toString());
        assertThat(linked.code()).isEqualTo(2);
        assertThat(linked.err()).contains("would overwrite the input " + input);
        assertThat(Files.readString(input)).isEqualTo(before);
        // A link in the folder to the output file: the folder walk's key for the link is its target's.
        Path outside = Files.createTempFile("jixiao-out", ".json");
        try {
            Files.copy(input, outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path inward = Files.createSymbolicLink(dir.resolve("r99.json"), outside);
            Cli throughLink = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", outside.toString());
            assertThat(throughLink.code()).isEqualTo(2);
            assertThat(throughLink.err()).contains("would overwrite the input " + inward);
            Files.delete(inward);
        } finally {
            Files.delete(outside);
        }
        // The output is judged before the rules, as for one report: a wrong fingerprint as well is still exit 2.
        String wrong = "sha256:" + "0".repeat(64);
        Cli both = Cli.run("check", dir.toString(), "--format", "jsonl", "-o", input.toString(),
                "--expect-fingerprint", wrong);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("would overwrite the input " + input);
        Cli single = Cli.run("check", input.toString(), "-o", input.toString(), "--expect-fingerprint", wrong);
        assertThat(single.code()).isEqualTo(2);
        // A different file that already exists is replaced, as asked.
        Path other = dir.resolve("other.out");
        Files.writeString(other, "old");
        assertThat(Cli.run("check", dir.toString(), "--format", "jsonl", "-o", other.toString()).err()).contains("24 reports in");
        assertThat(Files.readAllLines(other)).hasSize(24);
    }

    @Test
    void aReportLinkedIntoTheFolderIsChecked() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-elsewhere"));
        try {
            Path real = Files.move(dir.resolve("r01.json"), elsewhere.resolve("r01.json"));
            Files.createSymbolicLink(dir.resolve("r01.json"), real);
            Files.createSymbolicLink(dir.resolve("dangling.json"), elsewhere.resolve("gone.json"));
            List<String> lines = Cli.run("check", dir.toString(), "--format", "jsonl").out().lines().toList();
            assertThat(lines).hasSize(24);
            assertThat(lines.get(1)).contains("r01.json").contains("\"status\":\"ok\"");
        } finally {
            try (var left = Files.list(elsewhere)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(elsewhere);
        }
    }
}
