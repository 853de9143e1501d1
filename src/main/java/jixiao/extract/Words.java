package jixiao.extract;

import java.util.List;

/**
 * Whether a text holds, starts or ends with one of the vocabulary's words. The readers ask this at every line and
 * table cell of a report, so it is a plain loop rather than a stream made for each question.
 */
final class Words {

    private Words() {
    }

    /** The first of {@code words} (in the list's order) that {@code text} contains, or null. */
    static String firstIn(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    static boolean anyIn(String text, List<String> words) {
        return firstIn(text, words) != null;
    }

    /** The first of {@code words} that {@code text} starts with, or null. */
    static String firstStarting(String text, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    static boolean anyStarting(String text, List<String> words) {
        return firstStarting(text, words) != null;
    }

    /** The first of {@code words} that {@code text} ends with, or null. */
    static String firstEnding(String text, List<String> words) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    static boolean anyEnding(String text, List<String> words) {
        return firstEnding(text, words) != null;
    }
}
