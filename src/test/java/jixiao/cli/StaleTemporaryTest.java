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

/**
 * A run killed outright (SIGKILL: no shutdown hook runs) leaves its temporary file beside the {@code -o} target; the
 * name says whose it is, and the next output written to that folder removes it. A live run's, another host's, and
 * files that are no temporary of jixiao's are left alone.
 */
class StaleTemporaryTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path dir;

    private List<String> temporaries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).sorted().toList();
        }
    }

    @Test
    void theTemporaryOfAKilledRunIsRemovedByTheNextWrite() throws Exception {
        Path reports = StoppedBatchTest.slowBatch(dir.resolve("reports"));
        Path output = dir.resolve("results.jsonl");
        Process batch = ChildJvm.jixiao("check", reports.toString(), "--format", "jsonl", "-o", output.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaries().isEmpty() && batch.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(batch.isAlive()).isTrue();
            batch.destroyForcibly(); // SIGKILL
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            batch.destroyForcibly();
        }
        List<String> left = temporaries();
        assertThat(left).hasSize(1);
        assertThat(left.get(0)).startsWith(".results.jsonl.jixiao-").contains("-" + batch.pid() + "-");

        assertThat(Cli.run("check", SAMPLE, "-o", dir.resolve("other.txt").toString()).code()).isZero();
        assertThat(temporaries()).isEmpty();
        assertThat(output).doesNotExist();
    }

    @Test
    void onlyDeadRunsOfThisHostAreCleared() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Path dead = Files.createFile(Temporaries.name(dir, "a.txt", done.pid()));
        Path live = Files.createFile(Temporaries.name(dir, "b.txt", ProcessHandle.current().pid()));
        Path elsewhere = Files.createFile(dir.resolve(".c.txt.jixiao-some-other-host-" + done.pid() + "-x1.tmp"));
        Path mine = Files.createFile(dir.resolve(".d.txt.tmp")); // the user's own, not jixiao's
        assertThat(Cli.run("check", SAMPLE, "-o", dir.resolve("out.txt").toString()).code()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(elsewhere).exists();
        assertThat(mine).exists();
    }
}
