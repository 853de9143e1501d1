package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import jixiao.load.DocumentParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of fixtures/bad/cases.yaml: its exit code, its message, one line per problem naming the file and a
 * place, never a stack trace, and nothing on stdout when the input is refused.
 */
class BadInputTest {

    private static final Path DIR = Path.of("fixtures/bad");

    @TempDir
    static Path made;

    @TestFactory
    Stream<DynamicTest> everyCase() throws Exception {
        JsonNode cases = DocumentParser.parse(DIR.resolve("cases.yaml")).path("cases");
        return Stream.iterate(0, i -> i < cases.size(), i -> i + 1).map(cases::get).map(c -> {
            String name = c.has("file") ? c.path("file").asText() : c.path("make").asText();
            return DynamicTest.dynamicTest(name, () -> {
                Path file = c.has("file") ? DIR.resolve(name) : make(name);
                Cli run = Cli.run("check", file.toString(), "--format", "markdown");
                assertThat(run.code()).as(run.err()).isEqualTo(c.path("exit").asInt());
                assertThat(run.err()).containsPattern(c.path("message").asText());
                assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
                // No name of the code that read it: a Java class, a library's feature or limit setter.
                assertThat(run.err()).doesNotContainPattern("\\b(?:java|javax|com|org)\\.[a-z]+\\.|`|snakeyaml|jackson");
                for (String line : run.err().lines().toList()) {
                    assertThat(line).as("names the file").contains(file.getFileName().toString());
                }
                if (run.code() == 2) {
                    assertThat(run.out()).isEmpty();
                } else {
                    assertThat(run.out()).startsWith("## ");
                }
            });
        });
    }

    private static Path make(String name) throws IOException, InterruptedException {
        Path file = made.resolve(name);
        switch (name) {
            case "deep.json" -> Files.writeString(file, "[".repeat(100) + "]".repeat(100));
            case "deep.yaml" -> {
                // Block mappings nest without a bracket: the place is the parser's own, where it stopped.
                StringBuilder yaml = new StringBuilder();
                for (int i = 0; i <= 100; i++) {
                    yaml.append("  ".repeat(i)).append(i < 100 ? "a:\n" : "b: 1\n");
                }
                Files.writeString(file, yaml);
            }
            case "big.json" -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    byte[] chunk = " ".repeat(1024 * 1024).getBytes();
                    for (int i = 0; i < 50; i++) {
                        out.write(chunk);
                    }
                }
            }
            case "just-over.json" -> {
                // One byte over the limit: its size and the limit read alike in megabytes to one decimal.
                byte[] all = new byte[(int) jixiao.load.DocumentParser.MAX_BYTES + 1];
                java.util.Arrays.fill(all, (byte) ' ');
                Files.write(file, all);
            }
            case "binary.json", "binary.md" -> {
                byte[] garbage = new byte[4096];
                new Random(7).nextBytes(garbage);
                garbage[10] = 0;
                Files.write(file, garbage);
            }
            case "gbk.md" -> Files.write(file, Files.readString(Path.of("fixtures/texts/table-national/report.md"))
                    .getBytes(Charset.forName("GB18030")));
            case "missing.json" -> Files.deleteIfExists(file);
            case "utf16.md" -> Files.write(file, Files.readString(Path.of("fixtures/texts/table-national/report.md"))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_16)); // big-endian, with its byte-order mark
            case "utf16.yaml" -> {
                byte[] text = Files.readString(DIR.resolve("crlf.yaml")).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
                byte[] all = new byte[text.length + 2];
                all[0] = (byte) 0xFF; // Windows Notepad's "Unicode": little-endian after its mark
                all[1] = (byte) 0xFE;
                System.arraycopy(text, 0, all, 2, text.length);
                Files.write(file, all);
            }
            case "broken.xlsx" -> {
                // A zip whose content types are no XML: POI logged a stack trace of its own on stderr.
                try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                    zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                    zip.write("<bad".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            case "long-number.json" -> Files.writeString(file, "{\"funding\": {\"budget\": " + "1".repeat(1200) + "}}");
            case "bad-utf8.yaml" -> Files.write(file, new byte[] {'r', ':', ' ', '"', (byte) 0xFF, (byte) 0xFE, '"', '\n'});
            case "big-text.yaml" -> Files.writeString(file, "report:\n  department: \"" + "局".repeat(1_500_000) + "\"\n");
            case "fifo.json" -> {
                // Opening a named pipe waits for a writer: refused before it is opened, or the run would hang.
                Files.deleteIfExists(file);
                new ProcessBuilder("mkfifo", file.toString()).start().waitFor();
            }
            case "device.md" -> {
                Files.deleteIfExists(file);
                Files.createSymbolicLink(file, Path.of("/dev/zero")); // a text that never ends
            }
            default -> throw new IllegalArgumentException(name);
        }
        return file;
    }
}
