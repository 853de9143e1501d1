package jixiao.cli;

import java.io.PrintWriter;
import jixiao.load.RuleSet;
import jixiao.load.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jixiao rules fingerprint}: the identity of the rule set in force, and the files it covers. */
@Command(name = "fingerprint",
        description = "Print the rule set's fingerprint (SHA-256 over the rule files, policy.yaml and the message "
                + "files; independent of file order and line endings), then the files it covers.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class FingerprintCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        RuleSet set = rules.load(err);
        out.println(set.fingerprint());
        for (RuleSource f : set.files()) {
            out.println("  " + f.display());
        }
        return ExitCode.OK;
    }
}
