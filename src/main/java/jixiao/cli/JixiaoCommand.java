package jixiao.cli;

import picocli.CommandLine.Command;

/** The top command: only a holder of the subcommands. */
@Command(name = "jixiao",
        description = "Checks a project expenditure performance self-evaluation report (项目支出绩效自评报告) "
                + "against the policy rules in rules/.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {CheckCommand.class, ExtractCommand.class, ExplainCommand.class, RulesCommand.class,
            GenerateCommand.class})
public final class JixiaoCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: check, extract, explain or rules");
    }
}
