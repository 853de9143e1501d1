package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jixiao.ChildJvm;
import jixiao.Cli;
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

    /**
     * With {@code --record}: stopped (SIGTERM), neither the record, its temporary file nor the files it spools the
     * reports and the output to are left; killed outright (SIGKILL, no hook runs), those left are removed by the next
     * output written to that folder, once the killed process is gone.
     */
    @Test
    void aRecordedBatchStoppedOrKilledLeavesNoFileBehindForLong() throws Exception {
        Path reports = slowBatch(dir.resolve("reports"));
        Path record = dir.resolve("record.zip");
        for (boolean kill : new boolean[] {false, true}) {
            Process batch = ChildJvm.jixiao("check", reports.toString(), "--format", "jsonl", "-o",
                    dir.resolve("results.jsonl").toString(), "--record", record.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                // The record's temporary file, and its spools: the output, the facts, the first part of the inputs.
                while (temporaryFiles(record).size() < 4 && batch.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(batch.isAlive()).as("the batch is still running; its log: %s", log()).isTrue();
                assertThat(temporaryFiles(record)).hasSize(4).allMatch(p -> p.getFileName().toString()
                        .matches("\\.record\\.zip(\\.part)?\\.jixiao-.+-\\d+-[0-9a-z]+\\.tmp"));
                if (kill) {
                    batch.destroyForcibly();
                } else {
                    batch.destroy();
                }
                assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
                if (kill) {
                    assertThat(temporaryFiles(record)).isNotEmpty();
                    Cli next = Cli.run("check", "fixtures/leshan-2021/report.json", "-o",
                            dir.resolve("next.txt").toString());
                    assertThat(next.code()).as(next.err()).isIn(0, 1);
                }
                assertThat(temporaryFiles(record)).isEmpty();
                assertThat(record).doesNotExist();
            } finally {
                batch.destroyForcibly();
            }
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
