package jixiao.engine;

/** A rule that failed while running (for example a null in a condition), named by id and file:line. */
public final class RuleFailureException extends Exception {

    public RuleFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
