package jixiao.extract;

import jixiao.document.TextForms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How well a piece of text speaks of an indicator: the two-character pieces of the indicator's name (its
 * generic words such as 开展/完成 left out) that the text holds.
 */
final class Alignment {

    private final List<String> genericWords;

    Alignment(ExtractionPatterns patterns) {
        this.genericWords = patterns.genericWords();
    }

    Set<String> pieces(String name) {
        String s = name;
        for (String g : genericWords) {
            s = s.replace(g, " ");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            if (TextForms.isHan(s.charAt(i)) && TextForms.isHan(s.charAt(i + 1))) {
                out.add(s.substring(i, i + 2));
            }
        }
        return out;
    }

    /** How many pieces of the name the text holds. */
    int shared(String name, String text) {
        return (int) pieces(name).stream().filter(text::contains).count();
    }

    /** The share of the name's pieces the text holds, 0 to 1. */
    double share(String name, String text) {
        Set<String> p = pieces(name);
        return p.isEmpty() ? 0 : (double) shared(name, text) / p.size();
    }
}
