package jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@link #run} returns an exit code; only {@link #main} exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Off the path: the parsers and schemas the rule set is read with get ready while picocli reads the command.
        Thread warmUp = new Thread(() -> {
            try {
                jixiao.load.DocumentParser.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // nothing to say here: the run itself meets the same fault and reports it
            }
        }, "jixiao-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            // UTF-8 whatever the locale: Java 17 would otherwise write '?' for every Chinese character under LANG=C.
            code = run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                    new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        } catch (OutOfMemoryError e) {
            err.println("jixiao: out of memory; give Java more with JIXIAO_JAVA_OPTS=-Xmx2g, or check fewer reports at once");
            code = ExitCode.INTERNAL.code();
        } catch (StackOverflowError e) {
            err.println("jixiao: internal error: the stack overflowed");
            code = ExitCode.INTERNAL.code();
        }
        out.flush();
        if (out.checkError() && code != ExitCode.OUTPUT.code()) {
            // The PrintStream under the writer keeps its own errors: a full disk or a closed pipe is said here.
            err.println("jixiao: standard output could not be written (a full disk or a closed pipe?): the output is lost or cut");
            code = ExitCode.OUTPUT.code();
        }
        err.flush();
        System.exit(code);
    }

    /** Every command's --help ends with the exit codes, taken from {@link ExitCode}. */
    private static void listExitCodes(CommandLine cli) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            codes.put(String.valueOf(c.code()), c.meaning());
        }
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cli.getSubcommands().values().forEach(Main::listExitCodes);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JixiaoCommand());
        // Only the command a run names, when it names one first; all of them for help, the version, mistakes.
        String named = args.length > 0 && JixiaoCommand.SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
        JixiaoCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || name.equals(named)) {
                cli.addSubcommand(name, command.get());
            }
        });
        listExitCodes(cli);
        // A date that is no date is said in the user's terms, not Java's (a class name, a parser's exception).
        cli.registerConverter(java.time.LocalDate.class, text -> {
            try {
                return java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is no date of the form YYYY-MM-DD");
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL.code());
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("jixiao: " + e.getMessage());
            err.println("Try 'jixiao " + (e.getCommandLine().getCommandName().equals("jixiao") ? "" :
                    e.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCode.BAD_INPUT.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("jixiao: internal error: " + e);
            return ExitCode.INTERNAL.code();
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        // A PrintWriter keeps its write errors to itself: a full disk or a closed pipe would lose the output unsaid.
        if (out.checkError()) {
            err.println("jixiao: standard output could not be written (a full disk or a closed pipe?): the output is lost or cut");
            err.flush();
            return ExitCode.OUTPUT.code();
        }
        return code;
    }
}
