package jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/auditors.md promises an auditor without jixiao: a batch's record unpacked with {@code unzip}, its
 * manifest checked with {@code sha256sum -c}, its parts and output read with {@code zstd}, and its signature checked
 * with {@code openssl}. {@code bin/test} installs these tools where they are missing; where they cannot be run the
 * test is skipped, and says so.
 */
class OutsideToolsTest {

    @TempDir
    Path dir;

    @Test
    void aSignedBatchRecordIsCheckedAndReadWithoutJixiao() throws Exception {
        for (String tool : List.of("unzip", "sha256sum", "zstd", "zstdcat", "openssl")) {
            assumeTrue(onPath(tool), tool + " is not installed");
        }
        Path keys = dir.resolve("keys");
        assertThat(Cli.run("keys", "new", "--out", keys.toString()).code()).isZero();
        Path reports = Files.createDirectory(dir.resolve("reports"));
        for (String kind : List.of("json", "md", "docx", "pdf")) {
            Files.copy(Path.of("fixtures/leshan-2021/report." + kind), reports.resolve("report." + kind));
        }
        Path record = dir.resolve("batch.zip");
        Cli made = Cli.run("check", reports.toString(), "--format", "jsonl", "--record", record.toString(),
                "--sign", keys.resolve(SigningKeys.PRIVATE_FILE).toString());
        assertThat(made.code()).as(made.err()).isIn(0, 1);

        Path unpacked = Files.createDirectory(dir.resolve("unpacked"));
        run(unpacked, "unzip", "-q", record.toString());
        assertThat(run(unpacked, "sha256sum", "-c", Manifest.NAME)).contains("input.00001.zip.zst: OK")
                .contains("output/results.jsonl.zst: OK").contains("rules/policy.yaml: OK").doesNotContain("FAILED");
        assertThat(run(unpacked, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                keys.resolve(SigningKeys.PUBLIC_FILE).toString(), "-rawin", "-in", Manifest.NAME,
                "-sigfile", RecordWriter.SIGNATURE)).contains("Signature Verified Successfully");

        assertThat(run(unpacked, "zstdcat", "output/results.jsonl.zst")).isEqualTo(made.out());
        run(unpacked, "zstd", "-q", "-d", "input.00001.zip.zst");
        String pdf = InputNames.entry(reports.resolve("report.pdf").toString());
        assertThat(run(unpacked, "unzip", "-Z1", "input.00001.zip").lines()).hasSize(4).contains(pdf);
        run(unpacked, "unzip", "-q", "input.00001.zip");
        assertThat(unpacked.resolve(pdf)).hasSameBinaryContentAs(Path.of("fixtures/leshan-2021/report.pdf"));
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code command} in {@code dir}; its standard output, after checking it exited 0. */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
