package jixiao.derived;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a text says of its own: the Han characters left once given words are taken out (the shortfall a reason
 * restates, the project name and amounts a hollow 年度总体目标 repeats). Digits, Latin letters and punctuation never
 * count.
 */
public final class OwnWords {

    private OwnWords() {
    }

    /** Han characters of {@code text} outside every occurrence of {@code words}, longest words taken out first. */
    public static int hanLeft(String text, Collection<String> words) {
        if (text == null) {
            return 0;
        }
        String rest = text;
        List<String> longestFirst = words.stream().filter(w -> w != null && !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String w : longestFirst) {
            rest = rest.replace(w, " ");
        }
        int count = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (Character.UnicodeScript.of(rest.charAt(i)) == Character.UnicodeScript.HAN) {
                count++;
            }
        }
        return count;
    }

    /** Han characters of the texts together, beyond a name (whole and by its pieces) and the given words. */
    public static int beyond(List<?> texts, String name, List<String> words) {
        StringBuilder all = new StringBuilder();
        for (Object t : texts) {
            all.append(t instanceof jixiao.model.Statement s ? s.text() : String.valueOf(t)).append('\n');
        }
        java.util.List<String> out = new java.util.ArrayList<>(words);
        out.addAll(pieces(name));
        return hanLeft(all.toString(), out);
    }

    /** The two-character pieces of a name: a reason that repeats "接待人次" of "接待外宾人次" repeats the name. */
    public static List<String> pieces(String name) {
        if (name == null || name.length() < 2) {
            return name == null ? List.of() : List.of(name);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(name);
        for (int i = 0; i + 2 <= name.length(); i++) {
            out.add(name.substring(i, i + 2));
        }
        return out;
    }
}
