package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.cli.ExitCode;
import jixiao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code -o} does to each kind of path, and output that cannot be written said with its own exit code. */
class OutputSafetyTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path dir;

    /** S_IFCHR: the file type bits of a character device. */
    private static boolean isCharacterDevice(Path p) throws IOException {
        int mode = (Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return (mode & 0170000) == 0020000;
    }

    @Test
    void aDeviceIsWrittenToNotReplaced() throws IOException {
        // Run as root (as CI is), a rename over /dev/null would replace the device with a regular file.
        Path devNull = Path.of("/dev/null");
        assertThat(isCharacterDevice(devNull)).isTrue();
        Cli run = Cli.run("check", SAMPLE, "-o", "/dev/null");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(isCharacterDevice(devNull)).as("/dev/null after the run").isTrue();
        // /dev/stdout is a link to this process's standard output (here a pipe): written through, never replaced.
        Path stdout = Path.of("/dev/stdout");
        assertThat(Cli.run("check", SAMPLE, "-o", "/dev/stdout", "--format", "markdown").code()).isZero();
        assertThat(Files.isSymbolicLink(stdout)).isTrue();
        assertThat(Cli.run("check", "fixtures/reviewer", "-o", "/dev/null").code()).isIn(0, 1);
        assertThat(isCharacterDevice(Path.of("/dev/null"))).isTrue();
    }

    @Test
    void aFolderAsTheOutputIsRefusedWithItsOwnCode() {
        for (String[] args : new String[][] {
            {"check", SAMPLE, "-o", "/"}, {"check", "fixtures/reviewer", "-o", "/"},
            {"extract", "fixtures/leshan-2021/report.md", "-o", "/"}, {"check", SAMPLE, "-o", dir.toString()}}) {
            Cli run = Cli.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCode.OUTPUT.code());
            assertThat(run.err()).contains("is a folder").doesNotContain("Exception");
        }
        Cli none = Cli.run("check", SAMPLE, "-o", dir.resolve("no/such/x.txt").toString());
        assertThat(none.code()).isEqualTo(ExitCode.OUTPUT.code());
        assertThat(none.err()).contains("no such folder");
    }

    @Test
    void aLinkIsFollowedToItsFileAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        assertThat(Cli.run("check", SAMPLE, "-o", link.toString()).code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("乐山市经济合作和外事局");
    }

    @Test
    void aFullDiskOnStandardOutputIsSaid() throws IOException {
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter full = new PrintWriter(new OutputStreamWriter(new FileOutputStream("/dev/full"),
                StandardCharsets.UTF_8), true)) {
            code = Main.run(new String[] {"check", SAMPLE}, full, new PrintWriter(err));
        }
        assertThat(code).isEqualTo(ExitCode.OUTPUT.code());
        assertThat(err.toString()).contains("standard output could not be written");
    }
}
