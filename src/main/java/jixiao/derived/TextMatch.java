package jixiao.derived;

import java.util.List;

/**
 * Whether a sentence of the report names a topic. Chinese has no spaces, so a term is cut into overlapping
 * two-character pieces and a text mentions it when it holds enough of them (the share is a policy number).
 */
public final class TextMatch {

    private TextMatch() {
    }

    /** Where a sentence ends, for cutting a paragraph into the sentences rules read one by one. */
    public static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[。；;！!？?\\n]");

    /** The first of the words the text holds word for word, or null: for policy word lists (调查, 全面完成…). */
    public static String firstOf(String text, List<String> words) {
        if (text != null) {
            for (String w : words) {
                if (text.contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    public static boolean containsAny(String text, List<String> words) {
        return firstOf(text, words) != null;
    }

    public static boolean mentions(String text, List<String> terms, double minShare) {
        if (text == null) {
            return false;
        }
        for (String term : terms) {
            if (share(text, term) >= minShare || text.contains(tail(term))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a long name, which says what it measures: a report names "农村集中供水工程水质检测合格率" by
     * "水质检测合格率". The term itself when it is short (then its pieces decide).
     */
    static String tail(String term) {
        int length = term.length();
        if (length < 8) {
            return "\u0000"; // no text holds it: short names are matched by their pieces alone
        }
        return term.substring(length - Math.max(4, (length * 45 + 99) / 100));
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
