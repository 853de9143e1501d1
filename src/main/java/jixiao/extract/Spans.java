package jixiao.extract;

import jixiao.document.TextForms;
import java.util.ArrayList;
import java.util.List;

/** Cuts a passage's text into sentences (。！？；) and clauses (，：). */
final class Spans {

    /** Half-open range [start, end) of a passage's text. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }

        // Written out for a cold run, as Measure's are; listed in RecordEqualityTest, which holds them to the
        // record's own.
        @Override
        public boolean equals(Object o) {
            return o instanceof Span s && start == s.start && end == s.end;
        }

        @Override
        public int hashCode() {
            return start * 31 + end;
        }
    }

    private Spans() {
    }

    static List<Span> sentences(String text) {
        return cut(text, 0, text.length(), true);
    }

    static List<Span> clauses(String text, Span sentence) {
        return cut(text, sentence.start(), sentence.end(), false);
    }

    private static List<Span> cut(String text, int from, int to, boolean sentencesOnly) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean end = sentencesOnly ? TextForms.isSentenceEnd(c) : TextForms.isClauseEnd(c) && !thousands(text, i);
            if (end) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, to);
        return out;
    }

    /** The comma of 850,000 (or ８５０，０００) groups digits and ends no clause. */
    private static boolean thousands(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && Character.isDigit(text.charAt(i - 1))
                && threeDigits(text, i + 1)
                && (i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4)));
    }

    /** Three ASCII digits at text[from, from + 3), as the regex \d{3} matches them. */
    private static boolean threeDigits(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }
}
