package jixiao.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jixiao.load.RuleSetLoader;
import jixiao.model.Report;
import org.kie.api.runtime.KieSession;

/**
 * Where the time of the Drools part goes, warm, one thread: a whole check; the same without the time limit and the
 * reading of results; the facts inserted but no rule fired; an empty session; a fresh session instead of a pooled
 * one; and the derivation rules alone (rules/derive.drl, compiled into a copy of the rule set). Rounds of 2 s over
 * the same parsed reports, each variant in turn; prints the median of the rounds in microseconds a report.
 * Usage: SessionCost REPORTS_DIR COUNT ROUNDS
 */
public final class SessionCost {

    private SessionCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        RuleBase all = RuleBase.compile(new RuleSetLoader().load(Path.of("rules")));
        Path copy = deriveOnlyCopy();
        RuleBase deriveOnly = RuleBase.compile(new RuleSetLoader().load(copy));
        try (Stream<Path> files = Files.list(copy)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(copy);
        List<Report> reports = jixiao.bench.ParsedReports.firstJson(dir, count);
        Checker checker = new Checker(all);
        Map<String, Consumer<Report>> variants = new LinkedHashMap<>();
        variants.put("whole check (Checker)", r -> {
            try {
                checker.check(r);
            } catch (RuleFailureException e) {
                throw new IllegalStateException(e);
            }
        });
        variants.put("insert and fire, pooled session", r -> fire(all, all.pooledSession(), r));
        variants.put("insert and fire, fresh session", r -> fire(all, all.kieBase().newKieSession(), r));
        variants.put("insert only, no rule fired", r -> {
            KieSession s = all.pooledSession();
            insert(all, s, r);
            s.dispose();
        });
        variants.put("empty pooled session", r -> all.pooledSession().dispose());
        variants.put("derivation rules alone", r -> fire(deriveOnly, deriveOnly.pooledSession(), r));
        Map<String, double[]> micros = new LinkedHashMap<>();
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            for (Map.Entry<String, Consumer<Report>> v : variants.entrySet()) {
                long end = System.nanoTime() + 2_000_000_000L;
                long start = System.nanoTime();
                long n = 0;
                while (System.nanoTime() < end) {
                    for (Report r : reports) {
                        v.getValue().accept(r);
                        n++;
                    }
                }
                if (round >= 0) {
                    micros.computeIfAbsent(v.getKey(), k -> new double[rounds])[round] =
                            (System.nanoTime() - start) / 1e3 / n;
                }
            }
        }
        micros.forEach((name, m) -> {
            Arrays.sort(m);
            System.out.printf("%-34s %6.1f µs a report (min %.1f, max %.1f, %d rounds)%n", name, m[rounds / 2], m[0],
                    m[rounds - 1], rounds);
        });
    }

    private static void insert(RuleBase rules, KieSession s, Report r) {
        Checker.setUp(s, rules, r, List.of());
    }

    private static void fire(RuleBase rules, KieSession s, Report r) {
        insert(rules, s, r);
        s.fireAllRules(Checker.MAX_FIRINGS);
        s.dispose();
    }

    /** The rule set with every DRL file but derive.drl left out, in a temporary folder. */
    private static Path deriveOnlyCopy() throws java.io.IOException {
        Path copy = Files.createTempDirectory("jixiao-derive-only");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".drl") || name.equals("derive.drl")) {
                    Files.copy(f, copy.resolve(name));
                }
            }
        }
        return copy;
    }
}
