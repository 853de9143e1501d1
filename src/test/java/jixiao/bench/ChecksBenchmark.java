package jixiao.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.load.RuleSetLoader;
import jixiao.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm throughput on one thread, with JMH: the shipped Drools rules, and the same checks in plain Java
 * ({@link PlainChecks}), over the same parsed reports, one report an operation. {@link Throughput} confirms that
 * both find the same. Started by {@code bench/run.sh}:
 * {@code java -cp … org.openjdk.jmh.Main ChecksBenchmark -p reports=DIR}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = "-XX:+UseSerialGC")
public class ChecksBenchmark {

    /** A folder of reports from {@code jixiao generate}; its JSON reports are read. */
    @Param("target/bench/reports-100000")
    public String reports;

    /** How many of them are checked in turn. */
    @Param("2000")
    public int count;

    private List<Report> parsed;
    private Checker checker;
    private PlainChecks plain;
    private int next;

    @Setup
    public void setUp() throws Exception {
        RuleBase rules = RuleBase.compile(new RuleSetLoader().load(Path.of("rules")));
        checker = new Checker(rules);
        plain = new PlainChecks(rules.ruleSet().policy());
        parsed = ParsedReports.firstJson(Path.of(reports), count);
        if (parsed.isEmpty()) {
            throw new IllegalStateException("no JSON reports in " + reports);
        }
    }

    private Report nextReport() {
        Report r = parsed.get(next);
        next = next + 1 == parsed.size() ? 0 : next + 1;
        return r;
    }

    @Benchmark
    public int drools() throws RuleFailureException {
        return checker.check(nextReport()).findings().size();
    }

    @Benchmark
    public int plainJava() {
        return plain.check(nextReport()).size();
    }
}
