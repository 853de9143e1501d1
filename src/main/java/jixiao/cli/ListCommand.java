package jixiao.cli;

import java.io.PrintWriter;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSet;
import jixiao.render.CatalogRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao rules list}: the rule catalogue. docs/rules.md is its markdown form. */
@Command(name = "list",
        description = "List the rules: id, severity, title, citation, file:line and the policy parameters each "
                + "reads. docs/rules.md is the markdown form.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ListCommand extends Subcommand {

    @Mixin
    RulesOption rules;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), markdown or json")
    String format;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        RuleSet set = rules.load(err);
        RuleBase base = RulesOption.compile(set);
        CatalogRenderer renderer = new CatalogRenderer(base.catalog(), set);
        String text = switch (format) {
            case "text" -> renderer.text();
            case "markdown" -> renderer.markdown();
            case "json" -> renderer.json();
            default -> throw usage("rules list", "--format must be text, markdown or json, not '" + format + "'");
        };
        out.print(text);
        return ExitCode.OK;
    }
}
