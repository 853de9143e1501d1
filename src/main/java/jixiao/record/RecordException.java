package jixiao.record;

/** A record that cannot be trusted or read: one line naming the record and, where there is one, its entry. */
public final class RecordException extends Exception {

    public RecordException(String message) {
        super(message);
    }
}
