package jixiao.extract;

import jixiao.document.TextForms;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of the report, joined across the line breaks a Word/PDF conversion puts mid-sentence. Matching is
 * done on {@link #text()} (half-width); quotes come from the original characters at the same offsets.
 */
final class Passage {

    private final SectionKind section;
    private final ReportText report;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder original = new StringBuilder();
    private final List<Integer> lines = new ArrayList<>();

    Passage(SectionKind section, ReportText report) {
        this.section = section;
        this.report = report;
    }

    /** The place of the text at {@code offset}, for a message: see {@link Places#mark}. */
    String where(int offset) {
        return Places.mark(lineAt(offset));
    }

    void append(int lineNumber, String originalPart) {
        String part = originalPart.strip();
        original.append(part);
        text.append(TextForms.halfWidth(part));
        for (int i = 0; i < part.length(); i++) {
            lines.add(lineNumber);
        }
    }

    SectionKind section() {
        return section;
    }

    String text() {
        return text.toString();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    int firstLine() {
        return lines.get(0);
    }

    int lineAt(int offset) {
        return lines.get(Math.max(0, Math.min(offset, lines.size() - 1)));
    }

    /**
     * The sentence after {@code from} (past sentence ends and spaces) when it opens with one of {@code causeStarts}
     * (受…影响，…), as a value of its own text; null when it does not, or nothing follows.
     */
    Sourced causeFrom(int from, List<String> causeStarts) {
        String t = text();
        int start = afterBreaks(from);
        if (start >= t.length() || !Words.anyStarting(t.substring(start), causeStarts)) {
            return null;
        }
        int end = start;
        while (end < t.length() && !TextForms.isSentenceEnd(t.charAt(end))) {
            end++;
        }
        Sourced src = source(null, start, end);
        return src.withValue(src.quote());
    }

    /** Whether only sentence ends and spaces follow {@code from}. */
    boolean endsAt(int from) {
        return afterBreaks(from) >= text.length();
    }

    private int afterBreaks(int from) {
        int i = from;
        while (i < text.length() && (TextForms.isSentenceEnd(text.charAt(i)) || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** A span of the passage as found: value read there, its line and the original text. */
    Sourced source(Object value, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Sourced(value, lineAt(s), original.substring(s, e), null);
    }
}
