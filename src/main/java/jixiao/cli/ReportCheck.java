package jixiao.cli;

import java.nio.file.Path;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.load.BadInputException;
import jixiao.load.ReportReader;
import jixiao.model.Report;

/** Reading a report and running the rules on it, with failures turned into exit codes. */
final class ReportCheck {

    private ReportCheck() {
    }

    static Report read(Path file) throws CommandFailure {
        try {
            return new ReportReader().read(file);
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems());
        }
    }

    static Checker.Outcome run(RuleBase rules, Report report, Checker.Options options) throws CommandFailure {
        try {
            return new Checker(rules).check(report, options);
        } catch (RuleFailureException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.getMessage());
        }
    }
}
