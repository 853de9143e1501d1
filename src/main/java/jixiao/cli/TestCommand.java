package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleInfo;
import jixiao.load.BadInputException;
import jixiao.render.JunitRenderer;
import jixiao.verify.CaseFiles;
import jixiao.verify.CaseResult;
import jixiao.verify.CaseRunner;
import jixiao.verify.RuleCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao rules test}: runs the rule cases and prints a table per rule, the failures, and coverage. */
@Command(name = "test",
        description = "Run the rule cases (fixtures/rules/RULE-ID.yaml) against the rules. Prints a table per rule, "
                + "each failure with what was expected and what fired, and the rules no case fires. "
                + "Exit 0 all pass, 1 a failure.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class TestCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Option(names = "--cases", paramLabel = "DIR",
            description = "the folder of rule cases (default: fixtures/rules shipped with jixiao)")
    Path casesDir;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or junit (JUnit XML, for CI servers: a suite per rule, a test case per case)")
    String format;

    Path output;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write the results to this file (whole or not at all) instead of standard output")
    void output(Path file) {
        output = file.toString().equals("-") ? null : file;
    }

    @Parameters(arity = "0..*", paramLabel = "CASE",
            description = "run only these: case files (IND-UNMET.yaml) or rule ids (IND-UNMET)")
    List<String> selection = new ArrayList<>();

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        if (!format.equals("text") && !format.equals("junit")) {
            throw usage("rules test", "--format must be text or junit, not '" + format + "'");
        }
        Path dir = casesDir != null ? casesDir : Home.path("fixtures/rules");
        RuleBase base = RulesOption.compile(rules.load(err));
        List<RuleCase> cases;
        CaseRunner runner;
        try {
            cases = CaseFiles.load(dir);
            runner = new CaseRunner(base, CaseFiles.base(dir));
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems());
        }
        List<RuleCase> chosen = cases.stream().filter(this::chosen).toList();
        if (chosen.isEmpty()) {
            throw usage("rules test", "no case matches " + String.join(" ", selection) + " in " + dir);
        }
        List<CaseResult> results = new ArrayList<>();
        for (RuleCase c : chosen) {
            results.add(runner.run(c));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        String rulesLine = "rules " + rules.dir() + " " + base.ruleSet().fingerprint() + " · cases " + dir;
        String text = format.equals("junit") ? new JunitRenderer(rulesLine).render(results) : text(rulesLine, results, base);
        OutputFile.deliver(out, output, text);
        return failed == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** A table per rule, each failure with what was expected and what fired, and the rules no case fires. */
    private String text(String rulesLine, List<CaseResult> results, RuleBase base) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        Map<String, int[]> byRule = new TreeMap<>();
        List<CaseResult> failures = new ArrayList<>();
        TreeSet<String> firing = new TreeSet<>();
        for (CaseResult r : results) {
            RuleCase c = r.ruleCase();
            int[] counts = byRule.computeIfAbsent(c.rule(), k -> new int[2]);
            counts[r.passed() ? 0 : 1]++;
            if (!r.passed()) {
                failures.add(r);
            } else if (c.fires()) {
                firing.add(c.rule());
            }
        }
        out.println(rulesLine);
        out.printf("%-30s %6s %7s %7s%n", "rule", "cases", "passed", "failed");
        byRule.forEach((rule, n) -> out.printf("%-30s %6d %7d %7d%n", rule, n[0] + n[1], n[0], n[1]));
        for (CaseResult f : failures) {
            out.println();
            out.println("FAILED " + f.ruleCase().label() + " (" + f.ruleCase().file() + ")");
            f.problems().forEach(p -> out.println("  " + p));
            out.println("  fired: " + (f.fired().isEmpty() ? "nothing" : String.join(", ", f.fired())));
        }
        if (selection.isEmpty()) {
            List<String> uncovered = base.catalog().rules().stream().filter(RuleInfo::raisesFindings)
                    .map(RuleInfo::id).filter(id -> !firing.contains(id)).distinct().sorted().toList();
            out.println();
            out.println(uncovered.isEmpty() ? "coverage: every rule has a passing case that fires it"
                    : "coverage: no passing case fires " + String.join(", ", uncovered));
        }
        int failed = failures.size();
        out.println();
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return buffer.toString();
    }

    private boolean chosen(RuleCase c) {
        if (selection.isEmpty()) {
            return true;
        }
        String file = Path.of(c.file()).getFileName().toString();
        return selection.stream().anyMatch(s -> s.equals(c.rule()) || Path.of(s).getFileName().toString().equals(file));
    }
}
