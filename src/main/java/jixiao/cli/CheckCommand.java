package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jixiao.assemble.CheckResult;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.engine.Severity;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import jixiao.load.ReportReader;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;
import jixiao.model.Report;
import jixiao.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jixiao check FILE}: findings, score and the drafted 问题及建议 section for one report. */
@Command(name = "check",
        description = "Check one report (JSON or YAML facts) and print findings, score and grade, "
                + "and a drafted 四、问题及建议 section.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the report's facts: .json, .yaml or .yml")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json or markdown (the section alone)")
    String format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the rules folder (default: the rules/ shipped with jixiao)")
    Path rulesDir;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "exit 1 when a finding is at or above this severity: error (default), warning or info")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write the output to this file (whole or not at all) instead of standard output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer.Format fmt;
        try {
            fmt = Renderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage(err, "--format must be text, json or markdown, not '" + format + "'");
        }
        if (!language.equals("zh") && !language.equals("en")) {
            return usage(err, "--lang must be zh or en, not '" + language + "'");
        }
        if (!Severity.isValid(failOn)) {
            return usage(err, "--fail-on must be error, warning or info, not '" + failOn + "'");
        }
        if (output != null && Files.exists(output) && isSameFile(output, file)) {
            return usage(err, "-o " + output + " would overwrite the input");
        }
        Report report;
        try {
            report = new ReportReader().read(file);
        } catch (BadInputException e) {
            e.problems().forEach(err::println);
            return ExitCode.BAD_INPUT.code();
        }
        CheckResult result;
        try {
            RuleSet ruleSet = new RuleSetLoader().load(rulesDir());
            ruleSet.warnings().forEach(w -> err.println("warning: " + w));
            RuleBase rules = RuleBase.compile(ruleSet);
            Checker.Outcome outcome = new Checker(rules).check(report);
            result = new ResultAssembler(rules, Version.tool()).assemble(file.toString(), report, outcome, language);
        } catch (BadRulesException e) {
            e.problems().forEach(err::println);
            return ExitCode.BAD_RULES.code();
        } catch (RuleFailureException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_RULES.code();
        }
        String text = Renderer.forFormat(fmt, language).render(result);
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            try {
                OutputFile.write(output, text);
            } catch (IOException e) {
                err.println(output + ": cannot write: " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
        }
        Severity threshold = Severity.parse(failOn);
        boolean failing = result.findings().stream().anyMatch(f -> Severity.parse(f.severity()).atLeast(threshold));
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private Path rulesDir() {
        if (rulesDir != null) {
            return rulesDir;
        }
        String home = System.getProperty("jixiao.home");
        return home == null ? Path.of("rules") : Path.of(home, "rules");
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private int usage(PrintWriter err, String message) {
        err.println("jixiao check: " + message);
        return ExitCode.BAD_INPUT.code();
    }
}
