package jixiao.engine;

import java.util.Locale;

/** How serious a finding is; the order is the order findings are listed in. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at or above the given threshold (error is highest). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        for (Severity s : values()) {
            if (s.id().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
