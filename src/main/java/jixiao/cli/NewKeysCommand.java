package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import jixiao.record.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao keys new --out DIR}: a new Ed25519 key pair, never over an existing one. */
@Command(name = "new",
        description = "Write a new Ed25519 key pair: DIR/" + SigningKeys.PRIVATE_FILE + " (the private key, PKCS#8 "
                + "PEM, readable by its owner alone: keep it secret) and DIR/" + SigningKeys.PUBLIC_FILE
                + " (the public key, X.509 PEM: give it to whoever verifies records). Refuses to replace a key.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class NewKeysCommand extends Subcommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder for the two key files")
    Path dir;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        try {
            SigningKeys.create(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.getFile() + ": a key is there already; it is not replaced");
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.OUTPUT, dir + ": cannot write the keys: " + OutputFile.reason(e));
        }
        out.println("private key " + dir.resolve(SigningKeys.PRIVATE_FILE) + " (sign with check --record FILE --sign "
                + "it; keep it secret)");
        out.println("public key  " + dir.resolve(SigningKeys.PUBLIC_FILE) + " (verify with replay FILE --key it)");
        return ExitCode.OK;
    }
}
