package jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: its output streams, and failures turned into lines and an exit code. */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run(out(), err()).code();
        } catch (CommandFailure f) {
            f.lines().forEach(err()::println);
            err().flush();
            return f.code().code();
        }
    }

    abstract ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static CommandFailure usage(String command, String message) {
        return new CommandFailure(ExitCode.BAD_INPUT, "jixiao " + command + ": " + message);
    }
}
