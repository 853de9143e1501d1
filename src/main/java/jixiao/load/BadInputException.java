package jixiao.load;

import java.util.List;

/**
 * Input that cannot be used, with every problem found in it. Each problem is one line that names the file and
 * the place: {@code report.json#/indicators/3/actual: ...} or {@code report.yaml:12:5: ...}.
 */
public final class BadInputException extends Exception {

    private final List<String> problems;

    public BadInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
