package jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jixiao.batch.BatchChecker;
import jixiao.batch.JsonLines;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSetLoader;

/**
 * Warm cost per report of each batch phase (read, rules, result, JSON line) on one thread, for JSON and for text
 * reports apart: rounds over the same files, then the median of the later rounds in microseconds per report.
 * Usage: Phases REPORTS_DIR COUNT ROUNDS
 */
public final class Phases {

    private Phases() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        RuleBase rules = RuleBase.compile(new RuleSetLoader().load(Path.of("rules")));
        JsonLines json = new JsonLines();
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.sorted().limit(count).toList();
        }
        for (String ext : List.of(".json", ".md")) {
            List<Path> files = all.stream().filter(p -> p.toString().endsWith(ext)).toList();
            double[][] perRound = new double[rounds][];
            for (int round = 0; round < rounds; round++) {
                BatchChecker checker = new BatchChecker(rules, Path.of("rules"), "zh", List.of(),
                        LocalDate.of(2026, 1, 1), 1, "bench");
                long line = 0;
                for (Path f : files) {
                    var result = checker.check(f);
                    long t = System.nanoTime();
                    json.bytes(result);
                    line += System.nanoTime() - t;
                }
                long[] n = checker.phaseNanos();
                double size = files.size();
                perRound[round] = new double[] {n[0] / 1e3 / size, n[1] / 1e3 / size, n[2] / 1e3 / size,
                        line / 1e3 / size};
            }
            String[] names = {"read", "rules", "result", "json line"};
            StringBuilder out = new StringBuilder(String.format("%-5s (%d reports, median of rounds %d–%d):", ext,
                    files.size(), rounds / 2 + 1, rounds));
            double total = 0;
            for (int p = 0; p < names.length; p++) {
                double[] late = new double[rounds - rounds / 2];
                for (int r = rounds / 2; r < rounds; r++) {
                    late[r - rounds / 2] = perRound[r][p];
                }
                Arrays.sort(late);
                double median = late[late.length / 2];
                total += median;
                out.append(String.format("  %s %.0f µs", names[p], median));
            }
            System.out.println(out.append(String.format("  = %.0f µs a report", total)));
        }
    }
}
