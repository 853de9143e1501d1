package jixiao.cli;

/** The exit codes of every command, printed in {@code --help} and the README. */
public enum ExitCode {
    OK(0, "done: for check, no finding at or above --fail-on; for rules test, every case passed; for replay, every "
            + "output the same"),
    FINDINGS(1, "check: findings at or above --fail-on; rules test: a case failed; replay: an output differs"),
    BAD_INPUT(2, "bad input or usage; replay: a record whose manifest or signature does not match"),
    BAD_RULES(3, "the rules do not load, do not compile, or fail at run time; or a report's reading or rules ran past "
            + "the time limit"),
    INTERNAL(4, "internal error"),
    OUTPUT(5, "the output could not be written (a full disk, a closed pipe, a folder given as the file)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
