package jixiao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao rules …}: what policy staff and auditors do with a rules folder. */
@Command(name = "rules",
        description = "Validate, test, list, fingerprint and compare rule sets.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {ValidateCommand.class, TestCommand.class, ListCommand.class, FingerprintCommand.class,
            DiffCommand.class})
public final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "a rules command is required: validate, test, list, fingerprint or diff");
    }
}
