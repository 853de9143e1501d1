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
        return read(file, form, rulesDir, name -> name, err, null);
    }

    /**
     * {@code named}: the file's path in messages turned into the name to show (standard input's); {@code factsRead},
     * when given, sees the facts extracted from a document before they are read (a record keeps them).
     */
    static Report read(Path file, Path form, Path rulesDir, java.util.function.UnaryOperator<String> named,
                       java.io.PrintWriter err,
                       java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> factsRead)
            throws CommandFailure {
        Report report = reading(named, () -> new ReportInput(rulesDir).read(file, form, factsRead));
        report.warnings().forEach(w -> err.println("warning: " + named.apply(w)));
        return report;
    }

    /** A step of reading a report, which may find the report or the rules folder bad. */
    interface Reading<T> {
        T run() throws BadInputException, BadRulesException;
    }

    /**
     * Runs {@code step}, its failures made the command's: a bad report (its lines {@code named}), bad rules, or the
     * time limit passed, each with its exit code.
     */
    static <T> T reading(java.util.function.UnaryOperator<String> named, Reading<T> step) throws CommandFailure {
        try {
            return step.run();
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems().stream().map(named).toList());
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        } catch (jixiao.load.TimeLimitException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, named.apply(e.getMessage()));
        }
    }

    /** As {@link #read}, keeping what the report was read from: the page's view shows it. */
    static ReportInput.Shown readShown(Path file, Path form, Path rulesDir, java.util.function.UnaryOperator<String> named,
                                       java.io.PrintWriter err) throws CommandFailure {
        ReportInput.Shown shown = reading(named, () -> new ReportInput(rulesDir).readShown(file, form));
        shown.report().warnings().forEach(w -> err.println("warning: " + named.apply(w)));
        return shown;
    }

    static Checker.Outcome run(RuleBase rules, Report report, Checker.Options options) throws CommandFailure {
        try {
            return new Checker(rules).check(report, options);
        } catch (RuleFailureException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.getMessage());
        }
    }
}
