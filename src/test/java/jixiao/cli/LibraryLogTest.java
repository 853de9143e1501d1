package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jixiao.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries that read Word, Excel and PDF files log what they meet in a damaged one, on the process's own stderr
 * (which an in-process test does not see): a run shows jixiao's one line, not their log and stack traces.
 */
class LibraryLogTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedWorkbookIsOneLine() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<bad".getBytes(StandardCharsets.UTF_8));
        }
        Process p = ChildJvm.jixiao("check", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).hasLineCount(1).startsWith(file + ": could not be read").doesNotContain("org.apache");
    }
}
