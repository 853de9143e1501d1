package jixiao.cli;

import picocli.CommandLine.Command;

/** The top command: only a holder of the subcommands. */
@Command(name = "jixiao",
        description = "Checks a project expenditure performance self-evaluation report (项目支出绩效自评报告) "
                + "against the policy rules in rules/.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class JixiaoCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Main adds only the one a run names (or all, for help and
     * mistakes): picocli reads each one's annotations when it is added, a noticeable part of a cold start.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("replay", ReplayCommand::new);
        m.put("keys", KeysCommand::new);
        m.put("generate", GenerateCommand::new);
        m.put("serve", ServeCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a command is required: " + String.join(", ", SUBCOMMANDS.keySet()));
    }
}
