package jixiao.derived;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    static double share(String text, String term) {
        Set<String> pieces = pieces(term);
        if (pieces.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String p : pieces) {
            if (text.contains(p)) {
                found++;
            }
        }
        return (double) found / pieces.size();
    }

    private static Set<String> pieces(String term) {
        Set<String> out = new HashSet<>();
        String t = term.strip();
        if (t.length() == 1) {
            out.add(t);
        }
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }
}
