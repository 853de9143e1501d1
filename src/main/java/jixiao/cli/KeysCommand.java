package jixiao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao keys …}: the keys records are signed with. */
@Command(name = "keys",
        description = "Make the Ed25519 key pair records are signed with (check --record --sign) and verified by "
                + "(replay --key).",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {NewKeysCommand.class})
public final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a keys command is required: new");
    }
}
