package jixiao.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.document.Block;
import jixiao.document.Document;
import jixiao.document.Locator;
import jixiao.document.Table;
import jixiao.document.TextForms;
import jixiao.document.TextLine;

/**
 * A report's document cut into headings, passages (paragraphs joined across mid-sentence breaks) and tables, each
 * passage tagged with the section it lies in. Every line, row and cell gets a number (its "place"), by which the
 * readers quote it and which {@link #locator} turns back into the report's own terms (a line, a page and line, a
 * table cell).
 */
final class ReportText {

    /** One line of text, or one table row: its place, the original text and its half-width form. */
    record Line(int number, String original, String norm, int index) {
    }

    /** Lines of this many characters or more broken without end punctuation run on past a blank line. */
    private static final int WRAPPED_LINE = 30;

    private final List<Line> lines = new ArrayList<>();
    private final List<Locator> places = new ArrayList<>();
    private final List<Headings.Heading> headings = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<List<TableRows.Row>> tables = new ArrayList<>();
    /** The cells of each table row, by the row's place: used by the table and identity readers. */
    private final Map<Integer, TableRows.Row> rows = new HashMap<>();
    /** The first line of each table, by the table's position in {@link #tables}. */
    private final List<Integer> tableStarts = new ArrayList<>();
    /** The first table of a form given in a second file; the number of tables when there is none. */
    private int formTables = -1;
    /** The places from which on the text is a form's: those of a form given apart. */
    private int formPlace = Integer.MAX_VALUE;

    private ReportText() {
    }

    static ReportText of(Document document, Headings headingReader) {
        return of(document, headingReader, Integer.MAX_VALUE);
    }

    /** {@code formBlock}: the first block of a second file (a form given apart); its tables are counted from there. */
    static ReportText of(Document document, Headings headingReader, int formBlock) {
        ReportText t = new ReportText();
        int index = 0;
        for (Block b : document.blocks()) {
            jixiao.load.TimeLimit.check();
            if (index++ == formBlock) {
                t.formTables = t.tables.size();
                t.formPlace = Math.min(t.formPlace, t.places.size());
            }
            if (b instanceof TextLine l) {
                t.addLine(l.text(), l.at());
            } else if (b instanceof Table table) {
                t.addTable(table);
            }
        }
        t.cut(headingReader);
        return t;
    }

    private Line addLine(String text, Locator at) {
        places.add(at);
        Line line = new Line(places.size(), text, TextForms.halfWidth(text), lines.size());
        lines.add(line);
        return line;
    }

    private int place(Locator at) {
        places.add(at);
        return places.size();
    }

    /**
     * A table's rows; a row that is a labelled box of text (存在问题 | 1.…2.…, a form's footer boxes) is read as
     * the narrative is: a heading line "存在问题：" and the box's lines, and the table goes on after it.
     */
    private void addTable(Table table) {
        List<Table.Row> part = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            List<Table.Cell> filled = r.cells().stream().filter(c -> !c.text().isBlank()).toList();
            if (filled.size() == 2 && isLabel(filled.get(0).text()) && filled.get(1).text().length() >= 12) {
                if (!part.isEmpty()) {
                    addRows(new Table(part));
                    part = new ArrayList<>();
                }
                addLine("", filled.get(0).at());
                addLine(filled.get(0).text() + "：", filled.get(0).at());
                for (String l : jixiao.document.TextFile.lines(filled.get(1).text())) {
                    addLine(l, filled.get(1).at());
                }
                addLine("", filled.get(1).at());
                continue;
            }
            part.add(r);
        }
        if (!part.isEmpty()) {
            addRows(new Table(part));
        }
    }

    private static boolean isLabel(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.length() <= 12 && t.chars().noneMatch(Character::isDigit)
                && t.chars().noneMatch(c -> c == '，' || c == '。' || c == ',');
    }

    private void addRows(Table table) {
        List<TableRows.Row> out = new ArrayList<>();
        tableStarts.add(lines.size());
        for (Table.Row r : table.rows()) {
            StringBuilder joined = new StringBuilder();
            for (Table.Cell c : r.cells()) {
                joined.append(c.text()).append('\t');
            }
            Line line = addLine(joined.toString(), r.at());
            List<TableRows.Cell> cells = new ArrayList<>(r.cells().size());
            for (Table.Cell c : r.cells()) {
                // A cell of a text table stands on its row's line: one place serves both.
                int at = c.at().equals(r.at()) ? line.number() : place(c.at());
                String norm = TextForms.halfWidth(c.text());
                cells.add(new TableRows.Cell(norm, c.text(), at));
            }
            TableRows.Row row = new TableRows.Row(line.number(), cells);
            rows.put(line.number(), row);
            out.add(row);
        }
        tables.add(out);
    }

    private void cut(Headings headingReader) {
        Deque<Headings.Heading> open = new ArrayDeque<>();
        SectionKind section = SectionKind.OTHER;
        Passage current = null;
        boolean blankBefore = false;
        int lastLength = 0;
        int wrapWidth = wrapWidth();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (rows.containsKey(line.number())) {
                current = close(current);
                continue;
            }
            String norm = line.norm().strip();
            if (norm.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Line next = i + 1 < lines.size() && !rows.containsKey(lines.get(i + 1).number())
                    && !lines.get(i + 1).norm().isBlank() ? lines.get(i + 1) : null;
            Headings.Heading h = headingReader.read(line.number(), line.norm());
            if (h != null && h.kind() != SectionKind.TITLE && h.contentStart() < 0 && next != null
                    && width(norm) * 10 >= wrapWidth * 8 && !Headings.startsListItem(next.norm())
                    && headingReader.read(next.number(), next.norm()) == null) {
                h = null; // a numbered item wrapped at the page's edge, its text running on below: no heading
            }
            if (h == null && next != null && noClauseBreak(norm) && noClauseBreak(next.norm().strip())
                    && !headingReader.isTitle(next.norm())) {
                // A title broken over two lines (a PDF's centred title): read as one.
                Headings.Heading joined = headingReader.read(line.number(), norm + next.norm().strip());
                if (joined != null && joined.kind() == SectionKind.TITLE) {
                    headings.add(joined);
                    section = enter(open, joined);
                    current = close(current);
                    blankBefore = false;
                    i++;
                    continue;
                }
            }
            if (h == null && headingReader.isEnd(norm)) {
                h = new Headings.Heading(line.number(), norm, SectionKind.END, 1, -1);
            }
            if (h != null) {
                current = close(current);
                headings.add(h);
                section = enter(open, h);
                if (h.contentStart() > 0) {
                    current = new Passage(section, this);
                    current.append(line.number(), line.original().substring(h.contentStart()));
                    lastLength = current.text().length();
                }
                blankBefore = false;
                continue;
            }
            if (line.original().length() > MAX_PASSAGE) {
                // A line longer than any paragraph (a whole file on one line): read in pieces, so that every reader's
                // work stays in proportion to the text however it is laid out.
                current = close(current);
                for (String piece : pieces(line.original())) {
                    current = new Passage(section, this);
                    current.append(line.number(), piece);
                    current = close(current);
                }
                lastLength = 0;
                blankBefore = false;
                continue;
            }
            boolean runsOn = current != null && !current.isEmpty()
                    && !endsSentence(current.lastChar())
                    && !Headings.startsListItem(norm)
                    && (!blankBefore || lastLength >= WRAPPED_LINE)
                    && current.text().length() < MAX_PASSAGE;
            if (!runsOn) {
                current = close(current);
                current = new Passage(section, this);
            }
            current.append(line.number(), line.original());
            lastLength = norm.length();
            blankBefore = false;
        }
        close(current);
    }

    /** No paragraph of a report is this long; a longer run of text is read in pieces of at most this. */
    static final int MAX_PASSAGE = 4_000;

    /** A long line cut at sentence ends (or, with none near, anywhere) into pieces of at most {@link #MAX_PASSAGE}. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + MAX_PASSAGE);
            if (end < text.length()) {
                for (int i = end - 1; i > start + MAX_PASSAGE / 2; i--) {
                    char c = text.charAt(i);
                    if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') {
                        end = i + 1;
                        break;
                    }
                }
            }
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
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

    /**
     * The width lines of running text are wrapped at, when the text is wrapped (a PDF's, a hard-wrapped file's):
     * the width most long lines share, in display columns. 0 when lines are whole paragraphs.
     */
    private int wrapWidth() {
        Map<Integer, Integer> byWidth = new HashMap<>();
        int counted = 0;
        for (Line l : lines) {
            String s = l.norm().strip();
            if (!rows.containsKey(l.number()) && s.length() >= 12) {
                byWidth.merge(width(s), 1, Integer::sum);
                counted++;
            }
        }
        // The widest width that at least a fifth of the long lines reach (within two columns).
        int best = 0;
        for (int w : byWidth.keySet()) {
            int reach = 0;
            for (Map.Entry<Integer, Integer> e : byWidth.entrySet()) {
                if (Math.abs(e.getKey() - w) <= 2) {
                    reach += e.getValue();
                }
            }
            if (reach * 5 >= counted && w > best && counted >= 5) {
                best = w;
            }
        }
        return best == 0 ? Integer.MAX_VALUE / 10 : best;
    }

    /** Display width: a Han character or full-width sign counts 2. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static boolean noClauseBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextForms.isClauseEnd(c) || c == '、') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(char c) {
        return TextForms.isSentenceEnd(c) || c == ':' || c == '”' || c == '」';
    }

    /** The cells of a table row; null for a line that is no table row. */
    TableRows.Row row(Line line) {
        return rows.get(line.number());
    }

    /** Where the line, row or cell numbered {@code place} stands in the report. */
    Locator locator(int place) {
        return places.get(place - 1);
    }

    /** The line with this place; for a cell, the line of its row is not known here, and null is returned. */
    Line line(int place) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int n = lines.get(mid).number();
            if (n == place) {
                return lines.get(mid);
            } else if (n < place) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The lines up to {@code count} before the one at {@code index} in reading order, nearest first. */
    List<Line> before(int index, int count) {
        List<Line> out = new ArrayList<>();
        for (int i = index - 1; i >= 0 && out.size() < count; i--) {
            out.add(lines.get(i));
        }
        return out;
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

    List<List<TableRows.Row>> tables() {
        return tables;
    }

    /** The first table of a form given in a second file, or the number of tables when there is none. */
    /** Whether the text at place {@code line} is a form's (a box of the self-evaluation table), not the report's prose. */
    boolean inForm(Integer line) {
        return line != null && line > formPlace;
    }

    int formTables() {
        return formTables < 0 ? tables.size() : formTables;
    }

    /** The index in {@link #lines} of the first row of table {@code k}. */
    int tableStart(int k) {
        return tableStarts.get(k);
    }
}
