package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sub-folder the user may not read is one bad-input line of the batch, and the rest is checked. Root reads every
 * folder, so the check runs as the unprivileged user "nobody" (setpriv), where this test runs as root.
 */
class UnreadableFolderTest {

    @Test
    void aLockedSubFolderIsOneBadLineAndTheRestGoesOn() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "run as root, to run the check as nobody");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv is there");
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "jixiao-locked");
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path reports = Files.createDirectories(dir.resolve("reports"));
            Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path locked = Files.createDirectories(reports.resolve("locked"));
            Files.copy(Path.of("fixtures/leshan-2021/report.json"), reports.resolve("a.json"));
            Files.copy(Path.of("fixtures/leshan-2021/report.json"), locked.resolve("b.json"));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

            // The class path copied where nobody may read it (the build's may be under root's home).
            Path cp = Files.createDirectories(dir.resolve("cp"));
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path from = Path.of(entry);
                Path to = cp.resolve((n++) + "-" + from.getFileName());
                if (Files.isDirectory(from)) {
                    jixiao.FileTree.copy(from, to);
                } else if (Files.isRegularFile(from)) {
                    Files.copy(from, to);
                } else {
                    continue;
                }
                entries.add(to.toString());
            }
            try (var walk = Files.walk(cp)) {
                for (Path p : walk.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
                    "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(java.io.File.pathSeparator, entries),
                    "-Djixiao.home=" + Path.of("").toAbsolutePath(), "-Djixiao.cache=" + dir.resolve("cache"),
                    "jixiao.cli.Main", "check", dir.resolve("reports").toString(), "--format", "text"));
            Process run = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = run.waitFor();

            assertThat(code).as(out).isEqualTo(2);
            assertThat(out).contains(reports.resolve("a.json") + ": 优 92.01")
                    .contains(locked + ": bad-input: " + locked + ": a folder that cannot be read (permission denied)");
        } finally {
            Files.setPosixFilePermissions(dir.resolve("reports/locked"), PosixFilePermissions.fromString("rwx------"));
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
