package jixiao.cli;

import java.nio.file.Path;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.load.BadInputException;
import jixiao.extract.ReportInput;
import jixiao.load.BadRulesException;
import jixiao.model.Report;

/** Reading a report and running the rules on it, with failures turned into exit codes. */
final class ReportCheck {

    private ReportCheck() {
    }

    /** A report's facts, or its published text read into facts with the rules folder's extraction words. */
    static Report read(Path file, Path rulesDir, java.io.PrintWriter err) throws CommandFailure {
        return read(file, null, rulesDir, err);
    }

    /** With {@code form}: the report's self-evaluation table given as a file of its own. */
    static Report read(Path file, Path form, Path rulesDir, java.io.PrintWriter err) throws CommandFailure {
        return read(file, form, rulesDir, err, null);
    }

    /** With {@code factsRead}: sees the facts extracted from a document before they are read. */
    static Report read(Path file, Path form, Path rulesDir, java.io.PrintWriter err,
                       java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> factsRead)
            throws CommandFailure {
        try {
            Report report = new ReportInput(rulesDir).read(file, form, factsRead);
            report.warnings().forEach(w -> err.println("warning: " + w));
            return report;
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems());
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
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
