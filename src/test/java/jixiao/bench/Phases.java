package jixiao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jixiao.batch.BatchChecker;
import jixiao.batch.BatchLine;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSetLoader;

/**
 * Warm cost per report of each batch phase (read, rules, result, JSON line), one thread, for JSON and for text
 * reports separately: rounds over the same files, printing microseconds per report.
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
        ObjectMapper json = JsonMapper.builder().build();
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.sorted().limit(count).toList();
        }
        for (String ext : List.of(".json", ".md")) {
            List<Path> files = all.stream().filter(p -> p.toString().endsWith(ext)).toList();
            for (int round = 0; round < rounds; round++) {
                BatchChecker checker = new BatchChecker(rules, Path.of("rules"), "zh", List.of(),
                        LocalDate.of(2026, 1, 1), 1, "bench");
                long out = 0;
                long start = System.nanoTime();
                long bytes = 0;
                for (Path f : files) {
                    BatchLine line = checker.check(f);
                    long t = System.nanoTime();
                    bytes += json.writeValueAsString(line).length();
                    out += System.nanoTime() - t;
                }
                double n = files.size();
                System.out.printf("%-5s round %d: %6.0f µs/report in all; %s; json line %.0f µs (%d chars)%n", ext,
                        round, (System.nanoTime() - start) / 1e3 / n, perReport(checker.phaseTimes(), n),
                        out / 1e3 / n, bytes / files.size());
            }
        }
    }

    private static String perReport(String phases, double n) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+) ([\\d.]+) s").matcher(phases);
        while (m.find()) {
            b.append(b.isEmpty() ? "" : ", ").append(m.group(1)).append(' ')
                    .append(Math.round(Double.parseDouble(m.group(2)) * 1e6 / n)).append(" µs");
        }
        return b.toString();
    }
}
