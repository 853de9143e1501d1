package jixiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jixiao.generate.PlantedDefect;

/**
 * Per-rule confusion counts of planted defects (generate --plant) against the rules that fired, for the twenty
 * reviewer rules. For a rule, the positives are the reports planted with its defect and the negatives all others:
 * the clean ones and those planted with another rule's defect (one defect must trip its own rule and no other).
 * TP planted and fired, FN planted and quiet, FP not planted and fired, TN not planted and quiet.
 *
 * <p>As a program (bench/run.sh precision): {@code Precision PLANTED_TSV RESULTS_JSONL} reads the truth written by
 * {@code generate --plant} and the lines of {@code check DIR --format jsonl}, prints the table and exits 1 unless
 * every rule found every planted defect and fired on nothing else.
 */
public final class Precision {

    private static final int EXAMPLES = 3;

    private final Map<String, long[]> counts = new LinkedHashMap<>(); // rule id -> TP, FN, FP, TN
    private final Map<String, List<String>> misses = new HashMap<>(); // "FN rule" / "FP rule" -> report names
    private long reports;

    public Precision() {
        for (PlantedDefect d : PlantedDefect.values()) {
            counts.put(d.ruleId(), new long[4]);
        }
    }

    /** One report: the rule its planted defect is for ("" when clean), the rules that fired on it. */
    public void add(String name, String planted, Set<String> fired) {
        reports++;
        counts.forEach((rule, c) -> {
            boolean positive = rule.equals(planted);
            boolean fires = fired.contains(rule);
            int cell = positive ? (fires ? 0 : 1) : (fires ? 2 : 3);
            c[cell]++;
            if (cell == 1 || cell == 2) {
                List<String> list = misses.computeIfAbsent((cell == 1 ? "FN " : "FP ") + rule, k -> new ArrayList<>());
                if (list.size() < EXAMPLES) {
                    list.add(name + (planted.isEmpty() ? " (clean)" : " (planted " + planted + ")"));
                }
            }
        });
    }

    public long planted(String rule) {
        long[] c = counts.get(rule);
        return c[0] + c[1];
    }

    public long falseNegatives(String rule) {
        return counts.get(rule)[1];
    }

    public long falsePositives(String rule) {
        return counts.get(rule)[2];
    }

    /** Every planted defect found by its rule, and no rule fired where its defect was not planted. */
    public boolean perfect() {
        return counts.values().stream().allMatch(c -> c[1] == 0 && c[2] == 0);
    }

    /** The table, one line a rule, then the reports a rule missed or fired on wrongly (a few a rule). */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s%n", "rule (" + reports + " reports)", "planted",
                "TP", "FN", "FP", "TN"));
        long[] all = new long[4];
        counts.forEach((rule, c) -> {
            b.append(String.format(Locale.ROOT, "%-28s %8d %8d %8d %8d %8d%n", rule, c[0] + c[1], c[0], c[1], c[2],
                    c[3]));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        b.append(String.format(Locale.ROOT, "%-28s %8d %8d %8d %8d %8d%n", "all rules", all[0] + all[1], all[0],
                all[1], all[2], all[3]));
        new TreeSet<>(misses.keySet()).forEach(k -> b.append(k).append(": ").append(String.join(", ", misses.get(k)))
                .append('\n'));
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> truth = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            truth.put(cells[0], cells.length > 1 ? cells[1] : "");
        }
        Precision p = new Precision();
        ObjectMapper json = new ObjectMapper();
        int unchecked = 0;
        Set<String> seen = new TreeSet<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode result = json.readTree(line);
                String name = Path.of(result.path("file").asText()).getFileName().toString();
                if (!truth.containsKey(name)) {
                    continue;
                }
                seen.add(name);
                if (!result.path("status").asText().equals("ok")) {
                    unchecked++;
                    System.out.println(name + ": " + result.path("status").asText() + " " + result.path("errors"));
                    continue;
                }
                Set<String> fired = new TreeSet<>();
                result.path("findings").forEach(f -> fired.add(f.path("ruleId").asText()));
                p.add(name, truth.get(name), fired);
            }
        }
        int missing = truth.size() - seen.size();
        System.out.print(p.table());
        if (unchecked > 0 || missing > 0) {
            System.out.println(unchecked + " reports not checked (status not ok), " + missing + " with no result line");
        }
        System.exit(p.perfect() && unchecked == 0 && missing == 0 ? 0 : 1);
    }
}
