package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import jixiao.engine.RuleBase;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that runs rules; by default the rules shipped with jixiao. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the rules folder (default: the rules/ shipped with jixiao)")
    Path dir;

    Path dir() {
        return dir != null ? dir : Home.path("rules");
    }

    RuleSet load(PrintWriter err) throws CommandFailure {
        try {
            RuleSet set = new RuleSetLoader().load(dir());
            set.warnings().forEach(w -> err.println("warning: " + w));
            return set;
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
    }

    static RuleBase compile(RuleSet set) throws CommandFailure {
        try {
            return RuleBase.compile(set);
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
    }
}
