package jixiao.load;

import java.util.List;

/** A rule set that cannot be used: every problem as {@code rules/x.drl:LINE:COL: message}. */
public final class BadRulesException extends Exception {

    private final List<String> problems;

    public BadRulesException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
