package jixiao.render;

/**
 * Text from a report or a file name made safe to print: control characters (ESC sequences, OSC window titles, NUL,
 * carriage returns) and the marks that reorder text on screen (bidi overrides and isolates) are shown as escapes
 * (\x1b, \u202e) instead of acting on the reader's terminal. New lines and tabs stay. JSON output needs none of this:
 * its writer escapes controls itself, and it keeps the text as the report has it.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text; // the common case: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c < 0xa0)                 // C0, DEL, C1 (CSI 0x9b among them)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // bidi embeddings, overrides, isolates
                || c == 0x200e || c == 0x200f || c == 0x061c;       // directional marks
    }
}
