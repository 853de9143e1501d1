package jixiao.derived;

import java.util.Collection;
import java.util.List;

/**
 * What a text says of its own: the Han characters left once given words are taken out (the shortfall a reason
 * restates, the project name and amounts a hollow 年度总体目标 repeats). Digits, Latin letters and punctuation never
 * count.
 */
public final class OwnWords {

    private OwnWords() {
    }

    /** Han characters of {@code text} outside every occurrence of {@code words}, taken out in the order given. */
    public static int hanLeft(String text, Collection<String> words) {
        if (text == null) {
            return 0;
        }
        // As if each word in turn were replaced by a space: an occurrence touching a part taken out before is none.
        boolean[] out = new boolean[text.length()];
        for (String w : words) {
            if (w == null || w.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(w); at >= 0; ) {
                if (free(out, at, w.length())) {
                    java.util.Arrays.fill(out, at, at + w.length(), true);
                    at = text.indexOf(w, at + w.length());
                } else {
                    at = text.indexOf(w, at + 1);
                }
            }
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!out[i] && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                count++;
            }
        }
        return count;
    }

    /**
     * Han characters of the texts together beyond a name and the given words: the name whole, then the words (give
     * them longest first: policy's longestFirst), then the name's two-character pieces.
     */
    public static int beyond(List<?> texts, String name, List<String> words) {
        StringBuilder all = new StringBuilder();
        for (Object t : texts) {
            all.append(t instanceof jixiao.model.Statement s ? s.text() : String.valueOf(t)).append('\n');
        }
        java.util.List<String> out = new java.util.ArrayList<>(words.size() + 8);
        List<String> pieces = pieces(name);
        if (!pieces.isEmpty()) {
            out.add(pieces.get(0));
        }
        out.addAll(words);
        out.addAll(pieces);
        return hanLeft(all.toString(), out);
    }

    private static boolean free(boolean[] out, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (out[i]) {
                return false;
            }
        }
        return true;
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
