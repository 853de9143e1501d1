package jixiao.load;

/**
 * The characters that take no width and say nothing (zero-width space, non-joiner and joiner, word joiner, a byte-order
 * mark inside a text), which copying from a web page or a chat leaves inside words and numbers: "1\u200B00" shows as
 * 100 but no pattern reads it as one. Reports are read without them.
 */
public final class ZeroWidth {

    private ZeroWidth() {
    }

    public static boolean is(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** The text without them; the same string when it has none, as nearly every text has not. */
    public static String strip(String text) {
        int i = 0;
        while (i < text.length() && !is(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
