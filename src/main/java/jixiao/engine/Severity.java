package jixiao.engine;

import java.util.Locale;

/** How serious a finding is; the order is the order findings are listed in. */
public enum Severity {
    ERROR, WARNING, INFO;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    /** Whether this severity is at or above the given threshold (error is highest). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        for (Severity s : VALUES) {
            if (s.id().equals(text)) {
                return s; // the usual spelling, without case folding
            }
        }
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    private static final Severity[] VALUES = values();

    public static boolean isValid(String text) {
        for (Severity s : values()) {
            if (s.id().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
