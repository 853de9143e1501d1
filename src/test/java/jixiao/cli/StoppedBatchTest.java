package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jixiao.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch stopped by a signal (Ctrl-C, kill) leaves neither its output nor the temporary file it was writing. */
class StoppedBatchTest {

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayLeavesNoFileBehind() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path sample = Path.of("fixtures/leshan-2021/report.json");
        for (int i = 0; i < 20; i++) {
            Files.copy(sample, reports.resolve(String.format("r%02d.json", i)));
        }
        // A named pipe as the last report: reading it waits for a writer that never comes, so the batch is
        // certainly still running, the reports before it written to the temporary file, when it is stopped.
        Path pipe = dir.resolve("waits.json");
        assumeTrue(made(pipe), "mkfifo makes a named pipe");
        Path output = dir.resolve("results.jsonl");
        Process batch = ChildJvm.jixiao("check", reports.toString(), pipe.toString(), "--format", "jsonl",
                "-o", output.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles(output).isEmpty() && batch.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(batch.isAlive()).as("the batch waits on the pipe; its log: %s", log()).isTrue();
            assertThat(temporaryFiles(output)).hasSize(1);

            batch.destroy(); // SIGTERM, as kill sends; Ctrl-C's SIGINT runs the same shutdown hooks
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(temporaryFiles(output)).isEmpty();
            assertThat(output).doesNotExist();
        } finally {
            batch.destroyForcibly();
        }
    }

    private static boolean made(Path pipe) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false; // no mkfifo here
        }
    }

    private List<Path> temporaryFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + output.getFileName())).toList();
        }
    }

    private String log() throws IOException {
        Path log = dir.resolve("log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
