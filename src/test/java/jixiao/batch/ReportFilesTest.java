package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing of a batch's folders: which files, in which order, and the file keys it hands on. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsReportFilesUnderFoldersInPathOrderWithTheirKeys() throws IOException {
        // '-' < '.' < '/' < '0': a folder's reports sort where its path does, between a.json and a0.json.
        for (String name : List.of("a.json", "a-b.md", "a0.yaml", "a/x.json", "a/y/z.txt", "b.JSON", "notes.docx",
                "a/readme.pdf")) {
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

            ReportFiles.Listing listing = ReportFiles.list(List.of(dir, given));

            assertThat(listing.files()).extracting(p -> dir.relativize(p).toString()).containsExactly(
                    "a-b.md", "a.json", "a/x.json", "a/y/z.txt", "a0.yaml", "b.JSON", "c.json", "given.txt");
            for (int i = 0; i < listing.files().size() - 1; i++) {
                assertThat(listing.keys().get(i)).as(listing.files().get(i).toString())
                        .isEqualTo(Files.readAttributes(listing.files().get(i), BasicFileAttributes.class).fileKey());
            }
            // The link's key is its target's; a file named on the command line is looked at later, when needed.
            assertThat(listing.keys().get(6))
                    .isEqualTo(Files.readAttributes(elsewhere, BasicFileAttributes.class).fileKey());
            assertThat(listing.keys().get(7)).isNull();
        } finally {
            Files.delete(elsewhere);
        }
    }
}
