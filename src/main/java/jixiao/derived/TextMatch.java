package jixiao.derived;

import java.util.List;

/**
 * Whether a sentence of the report names a topic. Chinese has no spaces, so a term is cut into overlapping
 * two-character pieces and a text mentions it when it holds enough of them (the share is a policy number).
 */
public final class TextMatch {

    private TextMatch() {
    }

    public static boolean mentions(String text, List<String> terms, double minShare) {
        if (text == null) {
            return false;
        }
        for (String term : terms) {
            if (share(text, term) >= minShare) {
                return true;
            }
        }
        return false;
    }

    /** The share of the term's two-character pieces found in the text; a one-character term is its own piece. */
    static double share(String text, String term) {
        int length = term.length();
        if (length == 0) {
            return 0;
        }
        if (length == 1) {
            return text.indexOf(term.charAt(0)) >= 0 ? 1 : 0;
        }
        int found = 0;
        for (int i = 0; i + 2 <= length; i++) {
            if (containsPair(text, term.charAt(i), term.charAt(i + 1))) {
                found++;
            }
        }
        return (double) found / (length - 1);
    }

    /** Whether {@code a} followed by {@code b} occurs in the text (as contains of a two-character string). */
    private static boolean containsPair(String text, char a, char b) {
        for (int at = text.indexOf(a); at >= 0 && at + 1 < text.length(); at = text.indexOf(a, at + 1)) {
            if (text.charAt(at + 1) == b) {
                return true;
            }
        }
        return false;
    }
}
