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

    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byGrade = new TreeMap<>();
    private final Map<String, Integer> bySeverity = new TreeMap<>();
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final PriorityQueue<Timed> slowest = new PriorityQueue<>(Comparator.comparingLong(Timed::nanos));
    private int reports;

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
        table(out, "status", byStatus);
        table(out, "grade", byGrade);
        table(out, "severity", bySeverity);
        table(out, "rule", byRule);
        List<Timed> slow = new ArrayList<>(slowest);
        slow.sort(Comparator.comparingLong(Timed::nanos).reversed());
        out.println("slowest");
        for (Timed t : slow) {
            out.printf("  %8.1f ms  %s%n", t.nanos() / 1e6, t.file());
        }
    }

    private static void table(PrintWriter out, String title, Map<String, Integer> counts) {
        out.println(title);
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        counts.forEach((k, v) -> out.printf("  %-30s %8d%n", k, v));
    }
}
