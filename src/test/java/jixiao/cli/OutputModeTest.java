package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.ChildJvm;
import jixiao.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written with {@code -o} has the mode any program's new file has under the umask (0644 under 022, not 0600);
 * a file it replaces keeps its own mode.
 */
class OutputModeTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path dir;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void aNewFileHasTheModeTheUmaskGives() throws Exception {
        Path reference = Files.createFile(dir.resolve("made-by-java")); // 0666 less the umask, as open(2) makes it
        Path out = dir.resolve("out.txt");
        assertThat(Cli.run("check", SAMPLE, "-o", out.toString()).code()).isZero();
        assertThat(mode(out)).isEqualTo(mode(reference));
    }

    @Test
    void underAnotherUmaskToo() throws Exception {
        Path out = dir.resolve("out.txt");
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 027; exec \"$@\"", "sh"));
        command.addAll(ChildJvm.jixiao("check", SAMPLE, "-o", out.toString()).command());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        assertThat(mode(out)).isEqualTo("rw-r-----");
    }

    @Test
    void aReplacedFileKeepsItsMode() throws Exception {
        Path out = dir.resolve("out.txt");
        for (String kept : new String[] {"rw-r-----", "rw-rw-r--", "rw-------"}) {
            Files.writeString(out, "old");
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(kept));
            assertThat(Cli.run("check", SAMPLE, "-o", out.toString()).code()).isZero();
            assertThat(Files.readString(out)).isNotEqualTo("old");
            assertThat(mode(out)).isEqualTo(kept);
        }
    }
}
