package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jixiao.fixtures.MakeDocuments;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word, Excel and PDF files that cannot be read (fixtures/documents/bad/ and a 300-page PDF made here): each is
 * refused with exit 2 and one line on stderr that names the file and says why in a reviewer's words, nothing on
 * stdout and no stack trace; in a batch it is the one bad-input line and the good report beside it is checked. The
 * zip bomb and the long PDF are refused fast and in a small heap: they are not unpacked or read page by page.
 */
class DocumentBadInputTest {

    private static final Path BAD = Path.of("fixtures/documents/bad");
    private static final Path GOOD = Path.of("fixtures/leshan-2021/report.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Generous bounds: each case takes well under a second in-process; they only catch a file read in full. */
    private static final long SECONDS_IN_PROCESS = 20;
    private static final long SECONDS_CHILD_JVM = 60;

    @TempDir
    static Path made;

    private static Path longPdf;

    /** A file, and what its one line must say (regular expressions, ignoring case). */
    private record Case(String name, List<String> says) {
        Path file() {
            return name.equals("long.pdf") ? longPdf : BAD.resolve(name);
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("encrypted.docx", List.of("encrypted", "password")),
            new Case("encrypted.pdf", List.of("encrypted", "password")),
            new Case("scanned.pdf", List.of("no text layer", "OCR is not supported")),
            new Case("corrupt.docx", List.of("damaged")),
            new Case("really-a-doc.docx", List.of("old Word \\(\\.doc\\)", "save it as \\.docx")),
            new Case("bomb.docx", List.of("zip bomb", "refused")),
            new Case("no-form.xlsx", List.of("no sheet looks like a 项目支出绩效自评表")),
            new Case("long.pdf", List.of("too many pages", "\\b300\\b")));

    @BeforeAll
    static void makeLongPdf() throws IOException {
        longPdf = made.resolve("long.pdf");
        MakeDocuments.longPdf(longPdf, 300);
    }

    @TestFactory
    Stream<DynamicTest> eachIsOneLineNamingTheFileAndWhy() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path file = c.file();
            long start = System.nanoTime();
            Cli run = Cli.run("check", file.toString());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertOneLineWhy(run.err(), file, c);
            assertThat(seconds).as("seconds to refuse " + c.name()).isLessThan(SECONDS_IN_PROCESS);
        }));
    }

    private static void assertOneLineWhy(String err, Path file, Case c) {
        assertThat(err.lines()).as(err).hasSize(1);
        String line = err.strip();
        assertThat(line).startsWith(file + ": ");
        for (String says : c.says()) {
            assertThat(line).as(c.name()).containsPattern("(?i)" + says);
        }
        assertNoStackTrace(line);
    }

    private static void assertNoStackTrace(String text) {
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContainPattern("\\b(org|java|jixiao)\\.[a-z]+\\.[A-Za-z.]+");
    }

    @TestFactory
    Stream<DynamicTest> inABatchEachIsOneBadInputLineAndTheRestIsChecked() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path dir = Files.createDirectories(made.resolve("batch-" + c.name()));
            Path bad = Files.copy(c.file(), dir.resolve(c.name()));
            Path good = Files.copy(GOOD, dir.resolve("report.md"));

            Cli jsonl = Cli.run("check", dir.toString(), "--format", "jsonl", "--threads", "2");
            assertThat(jsonl.code()).as(jsonl.err()).isEqualTo(2);
            List<JsonNode> lines = jsonl.out().lines().map(DocumentBadInputTest::json).toList();
            assertThat(lines).hasSize(2);
            JsonNode badLine = lines.stream().filter(l -> l.path("file").asText().equals(bad.toString()))
                    .findFirst().orElseThrow();
            JsonNode goodLine = lines.stream().filter(l -> l.path("file").asText().equals(good.toString()))
                    .findFirst().orElseThrow();
            assertThat(badLine.path("status").asText()).isEqualTo("bad-input");
            assertThat(badLine.path("errors")).hasSize(1);
            assertOneLineWhy(badLine.path("errors").get(0).asText() + "\n", bad, c);
            assertThat(goodLine.path("status").asText()).isEqualTo("ok");
            assertThat(goodLine.path("grade").asText()).isEqualTo("优");
            assertThat(jsonl.err()).containsPattern("bad-input\\s+1\\b").containsPattern("ok\\s+1\\b");
            assertNoStackTrace(jsonl.err());

            Cli text = Cli.run("check", dir.toString(), "--format", "text");
            assertThat(text.code()).isEqualTo(2);
            assertThat(text.out().lines().filter(l -> l.contains(": bad-input: "))).singleElement()
                    .satisfies(l -> assertThat(l).startsWith(bad + ": bad-input: " + bad + ": "));
            assertThat(text.out().lines()).hasSize(2);
        }));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    /** The bomb (200 MiB of text in a 200 KB zip) and the 300-page PDF in a JVM of 128 MB: refused, not read. */
    @TestFactory
    Stream<DynamicTest> theBombAndTheLongPdfAreRefusedInASmallHeap() {
        return CASES.stream().filter(c -> c.name().equals("bomb.docx") || c.name().equals("long.pdf"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    ProcessBuilder child = ChildJvm.jixiao("check", c.file().toString());
                    child.command().add(1, "-Xmx128m");
                    Path err = Files.createTempFile("jixiao-stderr", ".log");
                    try {
                        long start = System.nanoTime();
                        Process run = child.redirectError(err.toFile()).start();
                        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        boolean ended = run.waitFor(SECONDS_CHILD_JVM, TimeUnit.SECONDS);
                        if (!ended) {
                            run.destroyForcibly();
                        }
                        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                        assertThat(ended).as("ended within " + SECONDS_CHILD_JVM + " s").isTrue();
                        String stderr = Files.readString(err);
                        assertThat(run.exitValue()).as(stderr).isEqualTo(2);
                        assertThat(out).isEmpty();
                        assertOneLineWhy(stderr, c.file(), c);
                        assertThat(seconds).as("seconds in the child JVM").isLessThan(SECONDS_IN_PROCESS);
                    } finally {
                        Files.delete(err);
                    }
                }));
    }

    /**
     * POI's zip-bomb guards as jixiao sets them before POI first opens a file (an Excel one: Word files are read
     * without POI, their part's size checked by jixiao, as the bomb.docx case shows), not left to chance.
     */
    @Test
    void poiZipBombLimitsAreInForce() {
        Cli bomb = Cli.run("check", BAD.resolve("bomb.docx").toString());
        assertThat(bomb.code()).isEqualTo(2);
        Cli sheet = Cli.run("check", "fixtures/documents/national-form.xlsx");
        assertThat(sheet.code()).as(sheet.err()).isIn(0, 1);
        assertThat(ZipSecureFile.getMinInflateRatio()).isGreaterThanOrEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(ZipSecureFile.getMaxFileCount()).isLessThanOrEqualTo(1000);
        assertThat(ZipSecureFile.getMaxTextSize()).isLessThanOrEqualTo(10L * 1024 * 1024);
    }
}
