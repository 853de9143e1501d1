package jixiao.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A report's text cut into headings, passages (paragraphs joined across mid-sentence breaks) and table lines,
 * each passage tagged with the section it lies in.
 */
final class ReportText {

    /** One line of the file: 1-based number, the original text and its half-width form. */
    record Line(int number, String original, String norm) {
    }

    /** Lines of this many characters or more broken without end punctuation run on past a blank line. */
    private static final int WRAPPED_LINE = 30;

    private final List<Line> lines = new ArrayList<>();
    private final List<Headings.Heading> headings = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<Line> tableLines = new ArrayList<>();
    /** The cells of each table line, by line number: read once, used by the table and identity readers. */
    private final java.util.Map<Integer, TableRows.Row> rows = new java.util.HashMap<>();

    private ReportText() {
    }

    static ReportText parse(String text, Headings headingReader) {
        ReportText t = new ReportText();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> raw = lines(body);
        for (int i = 0; i < raw.size(); i++) {
            t.lines.add(new Line(i + 1, raw.get(i), TextForms.halfWidth(raw.get(i))));
        }
        t.cut(headingReader);
        return t;
    }

    /** The lines between CR LF, CR or LF breaks, the last one included even when empty. */
    static List<String> lines(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(body.substring(start, i));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private void cut(Headings headingReader) {
        Deque<Headings.Heading> open = new ArrayDeque<>();
        SectionKind section = SectionKind.OTHER;
        Passage current = null;
        boolean blankBefore = false;
        int lastLength = 0;
        for (Line line : lines) {
            String norm = line.norm().strip();
            if (norm.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (isTableRow(line.norm())) {
                current = close(current);
                tableLines.add(line);
                rows.put(line.number(), TableRows.row(line));
                continue;
            }
            Headings.Heading h = headingReader.read(line.number(), line.norm());
            if (h == null && headingReader.isEnd(norm)) {
                h = new Headings.Heading(line.number(), norm, SectionKind.END, 1, -1);
            }
            if (h != null) {
                current = close(current);
                headings.add(h);
                section = enter(open, h);
                if (h.contentStart() > 0) {
                    current = new Passage(section);
                    current.append(line.number(), line.original().substring(h.contentStart()));
                    lastLength = current.text().length();
                }
                blankBefore = false;
                continue;
            }
            boolean runsOn = current != null && !current.isEmpty()
                    && !endsSentence(current.lastChar())
                    && !Headings.startsListItem(norm)
                    && (!blankBefore || lastLength >= WRAPPED_LINE);
            if (!runsOn) {
                current = close(current);
                current = new Passage(section);
            }
            current.append(line.number(), line.original());
            lastLength = norm.length();
            blankBefore = false;
        }
        close(current);
    }

    /** The section a heading opens: its own, or the one of the enclosing heading it is numbered under. */
    private static SectionKind enter(Deque<Headings.Heading> open, Headings.Heading h) {
        while (!open.isEmpty() && open.peek().level() >= h.level()) {
            open.pop();
        }
        SectionKind kind = h.kind();
        if (kind == null) {
            kind = open.isEmpty() || open.peek().kind() == SectionKind.TITLE ? SectionKind.OTHER : open.peek().kind();
        }
        open.push(new Headings.Heading(h.line(), h.text(), kind, h.level(), h.contentStart()));
        return kind == SectionKind.TITLE ? SectionKind.OTHER : kind;
    }

    private Passage close(Passage p) {
        if (p != null && !p.isEmpty()) {
            passages.add(p);
        }
        return null;
    }

    private static boolean endsSentence(char c) {
        return TextForms.isSentenceEnd(c) || c == ':' || c == '”' || c == '」';
    }

    /** A Markdown table row, or a line of a table flattened to text (cells apart by tabs). */
    static boolean isTableRow(String norm) {
        if (norm.strip().startsWith("|")) {
            return true;
        }
        int tabs = 0;
        for (int i = 0; i < norm.length() && tabs < 2; i++) {
            if (norm.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs >= 2;
    }

    /** The cells of a table line; null for a line that is no table row. */
    TableRows.Row row(Line line) {
        return rows.get(line.number());
    }

    List<Line> lines() {
        return lines;
    }

    List<Headings.Heading> headings() {
        return headings;
    }

    List<Passage> passages() {
        return passages;
    }

    List<Line> tableLines() {
        return tableLines;
    }
}
