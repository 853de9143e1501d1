package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import jixiao.assemble.CheckResult;
import jixiao.assemble.Explainer;
import jixiao.assemble.FindingView;
import jixiao.assemble.ResultAssembler;
import jixiao.derived.NearMiss;
import jixiao.engine.Checker;
import jixiao.engine.Finding;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSet;
import jixiao.model.NearMissRequest;
import jixiao.model.Report;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao explain REPORT}: the chain of facts and rules behind each finding, and the near misses. */
@Command(name = "explain",
        description = "Show the chain behind findings: the input facts (JSON pointers, values, report lines), the "
                + "derived facts, the rule that produced each (id, file:line) and the policy parameters it read.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ExplainCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "REPORT",
            description = "the report: its facts (.json, .yaml, .yml) or the report itself: text (.md, .markdown, .txt, .csv), Word (.docx), Excel (.xlsx, .xls) or PDF")
    Path file;

    @Mixin
    RulesOption rules;

    @ArgGroup(exclusive = true)
    Which which;

    /** Which findings to explain; all when neither is given. */
    static final class Which {
        @Option(names = "--finding", paramLabel = "N", description = "the N-th finding, as listed by check (from 1)")
        Integer number;

        @Option(names = "--rule", paramLabel = "ID", description = "every finding of this rule")
        String ruleId;
    }

    @Option(names = "--near-misses", description = "also list threshold rules that did not fire, and by how much")
    boolean nearMisses;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        Report report = ReportCheck.read(file, rules.dir(), err);
        RuleSet set = rules.load(err);
        RuleBase base = RulesOption.compile(set);
        List<Object> extra = nearMisses ? List.of(new NearMissRequest()) : List.of();
        Checker.Outcome outcome = ReportCheck.run(base, report, new Checker.Options(extra, true));
        List<Finding> sorted = outcome.findings().stream().sorted(ResultAssembler.ORDER).toList();
        CheckResult result = new ResultAssembler(base, Version.tool()).assemble(file.toString(), report, outcome, "zh");
        Explainer explainer = new Explainer(base, set.policy().forCategory(report.identity().category()), outcome.derivations());
        out.println(file + " · " + set.fingerprint() + " (" + Version.tool() + ")");
        int shown = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            boolean wanted = which == null
                    || (which.number != null && which.number == i + 1)
                    || (which.ruleId != null && which.ruleId.equals(f.ruleId()));
            if (!wanted) {
                continue;
            }
            FindingView view = result.findings().get(i);
            out.println();
            out.println("finding " + (i + 1) + " of " + sorted.size() + ": [" + f.ruleId() + "] " + f.severity().id()
                    + " · " + f.subject());
            out.println("  " + view.message());
            out.print(explainer.explain(f));
            shown++;
        }
        if (which != null && shown == 0) {
            throw usage("explain", which.number != null
                    ? "there is no finding " + which.number + " (the report has " + sorted.size() + ")"
                    : "no finding of rule " + which.ruleId + " on this report");
        }
        if (nearMisses) {
            List<NearMiss> misses = outcome.facts().stream().filter(NearMiss.class::isInstance).map(NearMiss.class::cast)
                    .sorted(Comparator.comparing(NearMiss::ruleId).thenComparing(NearMiss::subject)).toList();
            out.println();
            out.println("near misses: " + (misses.isEmpty() ? "none" : misses.size()));
            for (NearMiss m : misses) {
                out.print(explainer.explain(m));
            }
        }
        return ExitCode.OK;
    }
}
