package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing of a batch's folders: which files, in which order, and the file keys it shows the output test. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private static final BiPredicate<Path, Object> NO_OUTPUT = (file, key) -> false;

    private static ReportFiles.Listing list(List<Path> inputs, BiPredicate<Path, Object> isOutput) throws IOException {
        return ReportFiles.list(inputs, isOutput, new AtomicInteger());
    }

    @Test
    void listsReportFilesUnderFoldersInPathOrderAndShowsTheOutputTestEachKey() throws IOException {
        // '-' < '.' < '/' < '0': a folder's reports sort where its path does, between a.json and a0.json.
        for (String name : List.of("a.json", "a-b.md", "a0.yaml", "a/x.json", "a/y/z.txt", "b.JSON", "notes.doc",
                "a/readme.html")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "{}");
        }
        Path elsewhere = Files.createTempFile("jixiao-linked", ".json");
        try {
            Files.createSymbolicLink(dir.resolve("c.json"), elsewhere);
            Files.createSymbolicLink(dir.resolve("d.json"), dir.resolve("gone.json"));
            Files.createDirectories(dir.resolve("e.json"));
            Path given = dir.resolve("given.txt");
            Map<Path, Object> shown = new LinkedHashMap<>();

            ReportFiles.Listing listing = list(List.of(dir, given), (file, key) -> {
                shown.put(file, key);
                return false;
            });

            assertThat(listing.files()).extracting(p -> dir.relativize(p).toString()).containsExactly(
                    "a-b.md", "a.json", "a/x.json", "a/y/z.txt", "a0.yaml", "b.JSON", "c.json", "given.txt");
            assertThat(listing.output()).isNull();
            assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(listing.files());
            for (Path file : listing.files().subList(0, 6)) {
                assertThat(shown.get(file)).as(file.toString())
                        .isEqualTo(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
            // The link's key is its target's; a file named on the command line is looked at later, when needed.
            assertThat(shown.get(dir.resolve("c.json")))
                    .isEqualTo(Files.readAttributes(elsewhere, BasicFileAttributes.class).fileKey());
            assertThat(shown.get(given)).isNull();
        } finally {
            Files.delete(elsewhere);
        }
    }

    @Test
    void namesTheFirstReportTheOutputTestPicks() throws IOException {
        for (String name : List.of("a.json", "b/c.json", "b/d.json", "e.json")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "{}");
        }
        ReportFiles.Listing listing = list(List.of(dir),
                (file, key) -> file.toString().endsWith("d.json") || file.toString().endsWith("e.json"));
        assertThat(listing.output()).isEqualTo(dir.resolve("b/d.json"));
        Path given = dir.resolve("a.json");
        assertThat(list(List.of(given, dir), (file, key) -> key == null).output()).isEqualTo(given);
        // Across inputs, the first in the listing's order: the folder's first report before a file named after it.
        Path last = dir.resolve("e.json");
        assertThat(list(List.of(dir, last), (file, key) -> true).output()).isEqualTo(dir.resolve("a.json"));
        assertThat(list(List.of(last, dir), (file, key) -> true).output()).isEqualTo(last);
    }

    @Test
    void pathsComeBackAsTheSameFilesWhateverTheirNames() throws IOException {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names in UTF-8");
        // Beyond ASCII, and in code point order: U+E000 before U+1F600 (which UTF-16 writes as surrogates, D83D DE00).
        List<String> names = List.of("a.json", "报告.json", "\uE000.json", "\uD83D\uDE00.json");
        for (String name : names) {
            Files.writeString(dir.resolve(name), "{}");
        }
        ReportFiles.Listing listing = list(List.of(dir), NO_OUTPUT);
        assertThat(listing.files()).containsExactly(dir.resolve("a.json"), dir.resolve("报告.json"),
                dir.resolve("\uE000.json"), dir.resolve("\uD83D\uDE00.json"));
        for (Path file : listing.files()) {
            assertThat(Files.readString(file)).isEqualTo("{}");
        }
    }

    @Test
    void codePointOrderPutsCharactersBeyondTheBasicPlaneLast() {
        List<String> sorted = new java.util.ArrayList<>(List.of("\uD83D\uDE00", "\uFFFD", "\uE000", "z", "报", ""));
        sorted.sort(ReportFiles.IN_CODE_POINT_ORDER);
        assertThat(sorted).containsExactly("", "z", "报", "\uE000", "\uFFFD", "\uD83D\uDE00");
        List<String> byCodePoints = new java.util.ArrayList<>(sorted);
        byCodePoints.sort((a, b) -> java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertThat(sorted).isEqualTo(byCodePoints);
    }
}
