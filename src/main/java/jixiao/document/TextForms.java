package jixiao.document;

/**
 * Turns full-width letters, digits and signs (２３．８３, ％, （一）) into their half-width forms, one character
 * for one, so that an offset in the normalized text is the same offset in the original line (for quotes).
 */
public final class TextForms {

    private TextForms() {
    }

    /** The half-width form; the same string when it has nothing to change, as most lines of a report have not. */
    public static String halfWidth(String s) {
        int i = 0;
        while (i < s.length() && halfWidth(s.charAt(i)) == s.charAt(i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < out.length; i++) {
            out[i] = halfWidth(out[i]);
        }
        return new String(out);
    }

    public static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000', '\u00A0' -> ' ';
            case '\uFE6A' -> '%';
            case '\u2267' -> '≥';
            case '\u2266' -> '≤';
            default -> c;
        };
    }

    /** Clause and sentence punctuation, after {@link #halfWidth}. */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == ';';
    }

    public static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || c == ',' || c == ':';
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
