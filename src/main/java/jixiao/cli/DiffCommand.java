package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSetLoader;
import jixiao.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao rules diff OLD NEW REPORT…}: which findings a policy change adds or removes, report by report. */
@Command(name = "diff",
        description = "Run two rule sets over the same reports and show which findings appear (+) or disappear (-): "
                + "the preview a policy change needs before it is published.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class DiffCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "the rules folder in force")
    Path oldDir;

    @Parameters(index = "1", paramLabel = "NEW", description = "the changed rules folder")
    Path newDir;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "REPORT", description = "reports to compare on")
    List<Path> reports;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        CheckCommand.language(language);
        RuleBase before = compile(oldDir);
        RuleBase after = compile(newDir);
        out.println("old " + oldDir + " " + before.ruleSet().fingerprint());
        out.println("new " + newDir + " " + after.ruleSet().fingerprint());
        int added = 0;
        int removed = 0;
        for (Path file : reports) {
            Report report = ReportCheck.read(file, oldDir, err);
            Map<String, FindingView> was = keyed(check(before, file, report));
            Map<String, FindingView> now = keyed(check(after, file, report));
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, FindingView> e : was.entrySet()) {
                if (!now.containsKey(e.getKey())) {
                    lines.add("  - " + line(e.getValue()));
                    removed++;
                }
            }
            for (Map.Entry<String, FindingView> e : now.entrySet()) {
                if (!was.containsKey(e.getKey())) {
                    lines.add("  + " + line(e.getValue()));
                    added++;
                }
            }
            out.println();
            out.println(file + (lines.isEmpty() ? ": no change" : ":"));
            lines.forEach(out::println);
        }
        out.println();
        out.println(added + " findings appear, " + removed + " disappear, over " + reports.size() + " reports");
        return ExitCode.OK;
    }

    private CheckResult check(RuleBase rules, Path file, Report report) throws CommandFailure {
        Checker.Outcome outcome = ReportCheck.run(rules, report, Checker.Options.PLAIN);
        return new ResultAssembler(rules, Version.tool()).assemble(file.toString(), report, outcome, language);
    }

    /** A finding is the same in both runs when its rule, severity and subject are. */
    private static Map<String, FindingView> keyed(CheckResult result) {
        Map<String, FindingView> out = new LinkedHashMap<>();
        for (FindingView f : result.findings()) {
            out.putIfAbsent(f.ruleId() + "\u0000" + f.severity() + "\u0000" + f.subject(), f);
        }
        return out;
    }

    private static String line(FindingView f) {
        return "[" + f.ruleId() + "] " + f.severity() + " · " + f.message();
    }

    private static RuleBase compile(Path dir) throws CommandFailure {
        try {
            return RuleBase.compile(new RuleSetLoader().load(dir));
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
    }
}
