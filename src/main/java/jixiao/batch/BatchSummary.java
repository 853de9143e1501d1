package jixiao.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Totals over a batch, kept in constant memory whatever its size: reports by status and grade, findings by
 * severity and rule, and the slowest reports.
 */
public final class BatchSummary {

    private static final int SLOWEST = 5;

    /** How long one report took, for the list of the slowest. */
    private record Timed(String file, long nanos) {
    }

    /** The grades best first, as the policy orders them: the grade table lists them so, not by their characters. */
    private final List<String> gradeOrder;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byGrade = new TreeMap<>();
    private final Map<String, Integer> bySeverity = new TreeMap<>();
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final PriorityQueue<Timed> slowest = new PriorityQueue<>(Comparator.comparingLong(Timed::nanos));
    private int reports;

    /** A summary whose grade table follows {@code gradeOrder} (best first); a grade not in it comes after, by name. */
    public BatchSummary(List<String> gradeOrder) {
        this.gradeOrder = List.copyOf(gradeOrder);
    }

    public void add(BatchLine line, long nanos) {
        reports++;
        byStatus.merge(line.status(), 1, Integer::sum);
        if (line.grade() != null) {
            byGrade.merge(line.grade(), 1, Integer::sum);
        }
        if (line.findings() != null) {
            for (BatchLine.Item f : line.findings()) {
                if (!Boolean.TRUE.equals(f.waived())) {
                    bySeverity.merge(f.severity(), 1, Integer::sum);
                    byRule.merge(f.ruleId(), 1, Integer::sum);
                }
            }
        }
        slowest.add(new Timed(line.file(), nanos));
        if (slowest.size() > SLOWEST) {
            slowest.poll();
        }
    }

    public int reports() {
        return reports;
    }

    public int failed() {
        return reports - byStatus.getOrDefault(BatchLine.OK, 0);
    }

    public boolean any(String status) {
        return byStatus.containsKey(status);
    }

    public void print(PrintWriter out, long elapsedNanos, int threads) {
        double seconds = elapsedNanos / 1e9;
        out.printf("%d reports in %.2f s (%.0f reports/s, %d threads)%n", reports, seconds,
                seconds > 0 ? reports / seconds : 0, threads);
        table(out, "status", byStatus, BatchLine.STATUSES, reports);
        table(out, "grade", byGrade, gradeOrder, reports);
        table(out, "severity", bySeverity, SEVERITIES, 0);
        table(out, "rule", byRule, List.of(), 0);
        List<Timed> slow = new ArrayList<>(slowest);
        slow.sort(Comparator.comparingLong(Timed::nanos).reversed());
        out.println("slowest");
        for (Timed t : slow) {
            out.printf("  %8.1f ms  %s%n", t.nanos() / 1e6, t.file());
        }
    }

    private static final List<String> SEVERITIES =
            java.util.Arrays.stream(jixiao.engine.Severity.values()).map(jixiao.engine.Severity::id).toList();

    /**
     * A table of counts: the names of {@code order} first, in that order, then any other by name; with each count's
     * share of {@code whole} when it is a count of reports (whole > 0).
     */
    private static void table(PrintWriter out, String title, Map<String, Integer> counts, List<String> order,
                              int whole) {
        out.println(title);
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        Map<String, Integer> rest = new TreeMap<>(counts);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        for (String name : order) {
            Integer n = rest.remove(name);
            if (n != null) {
                rows.add(Map.entry(name, n));
            }
        }
        rows.addAll(rest.entrySet());
        for (Map.Entry<String, Integer> row : rows) {
            out.printf("  %s %8d%s%n", padded(row.getKey(), 30), row.getValue(),
                    whole > 0 ? String.format(java.util.Locale.ROOT, " %6.1f %%", 100.0 * row.getValue() / whole) : "");
        }
    }

    /** The name padded to {@code columns} terminal columns: a Chinese character takes two. */
    static String padded(String name, int columns) {
        int width = name.codePoints().map(c -> Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF01 && c <= 0xFF60) ? 2 : 1).sum();
        return name + " ".repeat(Math.max(0, columns - width));
    }
}
