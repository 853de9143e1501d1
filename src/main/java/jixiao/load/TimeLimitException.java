package jixiao.load;

/**
 * A report whose reading ran past its {@link TimeLimit}: unchecked, as it is thrown from deep in the readers (a
 * number search, a page of a PDF) and ends the reading of that one report, whatever it was doing.
 */
public final class TimeLimitException extends RuntimeException {

    public TimeLimitException(String message) {
        super(message, null, false, false);
    }
}
