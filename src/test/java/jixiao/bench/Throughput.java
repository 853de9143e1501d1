package jixiao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import jixiao.engine.Checker;
import jixiao.engine.Finding;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSetLoader;
import jixiao.model.Report;

/**
 * Warm throughput, one thread: the same parsed reports through the Drools rules and through {@link PlainChecks},
 * in alternating timed rounds after a warm-up; prints the median and spread of reports per second and of the ratio.
 * It first confirms that both find the same findings on the checks they share.
 * Usage: Throughput REPORTS_DIR COUNT SECONDS_PER_ROUND ROUNDS
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        RuleBase rules = RuleBase.compile(new RuleSetLoader().load(Path.of("rules")));
        List<Report> reports = ParsedReports.firstJson(dir, count);
        Checker checker = new Checker(rules);
        PlainChecks plain = new PlainChecks(rules.ruleSet().policy());
        int differ = 0;
        for (Report r : reports) {
            List<String> drools = new ArrayList<>();
            for (Finding f : checker.check(r).findings()) {
                drools.add(f.ruleId() + " " + f.subject() + (f.ruleId().equals("SCORE-GRADE") ? " " + f.values().get("grade") : ""));
            }
            List<String> mine = plain.check(r);
            Collections.sort(drools);
            Collections.sort(mine);
            if (!drools.equals(mine)) {
                differ++;
                if (differ <= 3) {
                    System.out.println("differ: drools " + drools + "\n        plain  " + mine);
                }
            }
        }
        System.out.printf("agreement: %d of %d reports give the same findings%n", reports.size() - differ, reports.size());
        ToIntFunction<Report> drools = r -> {
            try {
                return checker.check(r).findings().size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        ToIntFunction<Report> plainJava = r -> plain.check(r).size();
        // Warm both up, then alternate their rounds: a machine that slows down or speeds up mid-run (it is shared)
        // then touches both alike, and each round pair gives a ratio of its own.
        run(reports, drools, seconds);
        run(reports, plainJava, seconds);
        double[] droolsRates = new double[rounds];
        double[] plainRates = new double[rounds];
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            droolsRates[i] = run(reports, drools, seconds);
            plainRates[i] = run(reports, plainJava, seconds);
            ratios[i] = plainRates[i] / droolsRates[i];
        }
        print("drools", droolsRates, seconds, reports.size());
        print("plain", plainRates, seconds, reports.size());
        Arrays.sort(ratios);
        System.out.printf("ratio plain ÷ drools, round by round: median %.1f× (min %.1f×, max %.1f×)%n",
                median(ratios), ratios[0], ratios[rounds - 1]);
    }

    private static void print(String name, double[] rates, double seconds, int reports) {
        Arrays.sort(rates);
        System.out.printf("%-7s median %8.0f reports/s (min %.0f, max %.0f, %d rounds of %.0f s, %d reports)%n", name,
                median(rates), rates[0], rates[rates.length - 1], rates.length, seconds, reports);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double run(List<Report> reports, ToIntFunction<Report> check, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (Report r : reports) {
                sink += check.applyAsInt(r);
                n++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
