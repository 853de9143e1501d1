package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        // Reports slow enough to read (PDFs, ~40 ms each) that the batch is certainly still running, the reports
        // before it written to the temporary file, when it is stopped. (A named pipe once held it: a pipe is now
        // refused as a report at once.)
        Path reports = slowBatch(dir.resolve("reports"));
        Path output = dir.resolve("results.jsonl");
        Process batch = ChildJvm.jixiao("check", reports.toString(), "--format", "jsonl",
                "-o", output.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles(output).isEmpty() && batch.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(batch.isAlive()).as("the batch is still running; its log: %s", log()).isTrue();
            assertThat(temporaryFiles(output)).hasSize(1);

            batch.destroy(); // SIGTERM, as kill sends; Ctrl-C's SIGINT runs the same shutdown hooks
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(temporaryFiles(output)).isEmpty();
            assertThat(output).doesNotExist();
        } finally {
            batch.destroyForcibly();
        }
    }

    /** A folder of 300 PDF reports: 10 s and more of checking on two cores. */
    static Path slowBatch(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path sample = Path.of("fixtures/leshan-2021/report.pdf");
        for (int i = 0; i < 300; i++) {
            Files.copy(sample, folder.resolve(String.format("r%03d.pdf", i)));
        }
        return folder;
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
