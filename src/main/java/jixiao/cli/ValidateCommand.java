package jixiao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import jixiao.engine.RuleBase;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;
import jixiao.verify.Conventions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jixiao rules validate}: compiles the rules and checks every convention, printing each problem. */
@Command(name = "validate",
        description = "Compile the rules and check their conventions and policy.yaml; print every problem as "
                + "FILE:LINE:COL: message. Exit 0 valid, 3 invalid.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ValidateCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        RuleSet set;
        try {
            set = new RuleSetLoader().load(rules.dir());
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
        // A policy number out of range only warns in check; validate holds the rule set to it.
        List<String> problems = new ArrayList<>(set.warnings());
        RuleBase base = null;
        try {
            base = RuleBase.compile(set);
        } catch (BadRulesException e) {
            problems.addAll(e.problems());
        }
        if (base != null) {
            problems.addAll(Conventions.breaches(set, base.catalog()));
        }
        if (!problems.isEmpty()) {
            throw new CommandFailure(ExitCode.BAD_RULES, problems);
        }
        long raising = base.catalog().rules().stream().filter(r -> r.raisesFindings()).count();
        out.println(rules.dir() + ": valid: " + raising + " rules raise findings, "
                + (base.catalog().rules().size() - raising) + " derive facts or near misses; " + set.fingerprint());
        return ExitCode.OK;
    }
}
