package jixiao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jixiao.load.RuleSetLoader;
import jixiao.record.BatchRecord;
import jixiao.record.RunDescription;

/**
 * What a batch's record costs on its own, without the checks: each report's bytes (read before the rounds, as the batch
 * reads them anyway) written with its line of the batch's output into a record, thrown away as it is written. Rounds over
 * the same files; the median of the CPU seconds of the whole process (every thread: the two that compress, the
 * collector) and of the wall seconds. A shared machine's other users change the batch's own figures from one run to
 * the next far more than a record costs; this isolates the record's part.
 * Usage: RecordCost REPORTS_DIR BATCH_OUTPUT.jsonl ROUNDS
 */
public final class RecordCost {

    private RecordCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        List<byte[]> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        var rules = new RuleSetLoader().load(Path.of("rules"));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path spool = Files.createTempDirectory("jixiao-record-cost");
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        long size = 0;
        for (int round = 0; round < rounds; round++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Counting out = new Counting();
            try (BatchRecord record = new BatchRecord(out, () -> Files.createTempFile(spool, ".part", ".zst"))) {
                for (int i = 0; i < files.size(); i++) {
                    record.input(files.get(i).toString(), contents.get(i), true);
                    if (i < lines.size()) {
                        record.output(lines.get(i));
                    }
                }
                record.finish(rules, "bench", new RunDescription.Options("jsonl", "zh", "error", "2026-01-01", null),
                        "results.jsonl", 0, null);
            }
            wall[round] = (System.nanoTime() - t0) / 1e9;
            cpu[round] = (os.getProcessCpuTime() - c0) / 1e9;
            size = out.bytes;
            System.out.printf("round %d: CPU %.2f s, wall %.2f s%n", round + 1, cpu[round], wall[round]);
        }
        Files.deleteIfExists(spool);
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("the record alone, %d reports and %d output lines: median CPU %.2f s, wall %.2f s; %.1f MiB%n",
                files.size(), lines.size(), cpu[rounds / 2], wall[rounds / 2], size / 1048576.0);
    }

    /** Where the record goes: counted, then dropped. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
