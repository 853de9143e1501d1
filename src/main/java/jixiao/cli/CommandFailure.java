package jixiao.cli;

import java.util.List;

/** A command that cannot go on: the lines to print on stderr and the exit code. */
final class CommandFailure extends Exception {

    private final ExitCode code;
    private final List<String> lines;

    CommandFailure(ExitCode code, List<String> lines) {
        super(String.join("\n", lines));
        this.code = code;
        this.lines = List.copyOf(lines);
    }

    CommandFailure(ExitCode code, String line) {
        this(code, List.of(line));
    }

    ExitCode code() {
        return code;
    }

    List<String> lines() {
        return lines;
    }
}
