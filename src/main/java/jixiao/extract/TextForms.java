package jixiao.extract;

/**
 * Turns full-width letters, digits and signs (２３．８３, ％, （一）) into their half-width forms, one character
 * for one, so that an offset in the normalized text is the same offset in the original line (for quotes).
 */
final class TextForms {

    private TextForms() {
    }

    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(halfWidth(s.charAt(i)));
        }
        return out.toString();
    }

    static char halfWidth(char c) {
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
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == ';';
    }

    static boolean isClauseEnd(char c) {
        return isSentenceEnd(c) || c == ',' || c == ':';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
