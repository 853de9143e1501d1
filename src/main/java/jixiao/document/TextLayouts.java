package jixiao.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables in a report's text lines, in the layouts reports come in: Markdown rows ({@code | a | b |}),
 * cells apart by tabs, rows run together with "||||" (web reposts), one cell a line each ending in " |"
 * (a form flattened by a converter), columns aligned with spaces (PDF turned to text) and cells apart by single
 * spaces; page furniture (footers, page numbers) is dropped wherever it stands. What is no table stays a line.
 */
public final class TextLayouts {

    /** A run of three or more bars parts the rows of a reposted table. */
    private static final Pattern ROW_BREAK = Pattern.compile("\\|{3,}");

    private final List<Pattern> furniture;
    private final List<String> headerWords;
    private final SpacedTables spaced;

    /**
     * @param furniture   whole lines that are page furniture (— 2 —, 第2页 共5页), matched on the half-width line
     * @param headerWords words of a table's column headers (三级指标, 年度指标值…): they tell a table's first row
     */
    public TextLayouts(List<Pattern> furniture, List<String> headerWords) {
        this.furniture = List.copyOf(furniture);
        this.headerWords = List.copyOf(headerWords);
        this.spaced = new SpacedTables(this.headerWords);
    }

    public List<String> headerWords() {
        return headerWords;
    }

    /** Whether a line (half-width, stripped) is page furniture. */
    public boolean isFurniture(String norm) {
        if (norm.isEmpty() || norm.length() > 24) {
            return false;
        }
        for (Pattern p : furniture) {
            if (p.matcher(norm).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Lines and tables already made (a PDF's): the runs of lines read for their layouts, the tables kept. */
    public List<Block> blocksOf(List<Block> input) {
        List<Block> out = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        for (Block b : input) {
            jixiao.load.TimeLimit.check();
            if (b instanceof TextLine l) {
                run.add(l);
            } else {
                out.addAll(blocks(run));
                run.clear();
                out.add(b);
            }
        }
        out.addAll(blocks(run));
        return out;
    }

    public List<Block> blocks(List<TextLine> input) {
        List<TextLine> lines = withoutFurniture(input);
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String norm = norm(lines.get(i));
            Shape shape = shape(norm);
            if (shape == Shape.NONE) {
                int end = spaced.tableEnd(lines, i);
                if (end > i) {
                    out.add(spaced.table(lines.subList(i, end)));
                    i = end;
                    continue;
                }
                out.add(lines.get(i));
                i++;
                continue;
            }
            int end = runEnd(lines, i, shape);
            List<TextLine> run = lines.subList(i, end);
            if (shape == Shape.CELL_LINES) {
                List<Block> blocks = cellLines(run);
                out.addAll(blocks == null ? run : blocks);
                i = end;
                continue;
            }
            Table t = shape == Shape.ROW_RUNS ? rowRuns(run) : rows(run, shape);
            if (!t.rows().isEmpty()) {
                out.add(t);
            }
            i = end;
        }
        return out;
    }

    /**
     * A CSV file: one table of all its rows, cells as written (a merged cell left blank stays blank); a quoted cell
     * may run over several lines, and its row is located at the line it starts on.
     */
    public List<Block> csv(List<TextLine> lines) {
        List<Table.Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TextLine first = lines.get(i);
            StringBuilder record = new StringBuilder(first.text());
            i++;
            while (CsvLine.openQuote(record) && i < lines.size()) {
                record.append('\n').append(lines.get(i).text());
                i++;
            }
            if (record.toString().isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.cells(record.toString());
            List<Table.Cell> row = new ArrayList<>(cells.size());
            for (String c : cells) {
                row.add(new Table.Cell(c.strip(), first.at()));
            }
            rows.add(new Table.Row(row, first.at()));
        }
        return List.of(new Table(rows));
    }

    private enum Shape { NONE, MARKDOWN, TABS, ROW_RUNS, CELL_LINES }

    private static String norm(TextLine l) {
        return TextForms.halfWidth(l.text()).strip();
    }

    private static Shape shape(String norm) {
        if (norm.isEmpty()) {
            return Shape.NONE;
        }
        if (ROW_BREAK.matcher(norm).find()) {
            return Shape.ROW_RUNS;
        }
        if (norm.startsWith("|")) {
            return norm.length() == 1 ? Shape.CELL_LINES : Shape.MARKDOWN;
        }
        if (norm.endsWith("|") && norm.indexOf('|') == norm.length() - 1) {
            return Shape.CELL_LINES;
        }
        int tabs = 0;
        String raw = norm;
        for (int i = 0; i < raw.length() && tabs < 2; i++) {
            if (raw.charAt(i) == '\t') {
                tabs++;
            }
        }
        return tabs >= 2 ? Shape.TABS : Shape.NONE;
    }

    /** Tab rows also count a line with one tab and a leading one (a row whose first cell is blank). */
    private static Shape lineShape(TextLine l) {
        String n = TextForms.halfWidth(l.text());
        Shape s = shape(n.strip());
        if (s == Shape.NONE && n.indexOf('\t') >= 0 && !n.isBlank()) {
            return Shape.TABS;
        }
        return s;
    }

    /** The end of a run of lines of one shape; blank lines inside the run are part of it. */
    private static int runEnd(List<TextLine> lines, int start, Shape shape) {
        int end = start + 1;
        int i = start + 1;
        while (i < lines.size()) {
            TextLine l = lines.get(i);
            if (l.text().isBlank()) {
                i++;
                continue;
            }
            Shape s = shape == Shape.TABS ? lineShape(l) : shape(norm(l));
            if (s != shape) {
                break;
            }
            end = i + 1;
            i++;
        }
        return end;
    }

    private static List<TextLine> nonBlank(List<TextLine> run) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : run) {
            if (!l.text().isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    /** Markdown or tab rows: one line a row. */
    private static Table rows(List<TextLine> run, Shape shape) {
        List<Table.Row> rows = new ArrayList<>();
        for (TextLine l : nonBlank(run)) {
            List<Table.Cell> cells = split(l, shape == Shape.MARKDOWN ? '|' : '\t', shape == Shape.MARKDOWN);
            if (shape == Shape.MARKDOWN && isSeparator(cells)) {
                continue;
            }
            rows.add(new Table.Row(cells, l.at()));
        }
        return new Table(rows);
    }

    /** Cells of a line apart by {@code sep}, split on the half-width form and quoted from the original. */
    private static List<Table.Cell> split(TextLine line, char sep, boolean markdown) {
        String orig = line.text();
        String norm = TextForms.halfWidth(orig);
        List<Table.Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= norm.length(); i++) {
            if (i == norm.length() || norm.charAt(i) == sep) {
                cells.add(new Table.Cell(clean(orig.substring(start, i)), line.at()));
                start = i + 1;
            }
        }
        if (markdown) {
            // The text before the first | and after the last | is no cell.
            cells.remove(0);
            if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isBlank()) {
                cells.remove(cells.size() - 1);
            }
        }
        return cells;
    }

    /** A cell's text without Markdown emphasis and surrounding spaces. */
    private static String clean(String cell) {
        String c = cell.indexOf('*') < 0 ? cell : cell.replace("*", "");
        return c.strip();
    }

    /** A Markdown separator row (| --- | :--: |). */
    private static boolean isSeparator(List<Table.Cell> cells) {
        for (Table.Cell c : cells) {
            String t = TextForms.halfWidth(c.text());
            for (int i = 0; i < t.length(); i++) {
                if (" \t:-—".indexOf(t.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Rows run together on long lines: "a|b|c||||d|e|f". The rows are parted by a run of bars of one length (the
     * shortest run of three or more in the table); a longer run also holds empty cells, which end the row before it
     * up to its header's width and open the next. A longer run between two pieces that fit in one row together is
     * a row's own empty cells ("总分|||||100|97.5").
     */
    private Table rowRuns(List<TextLine> run) {
        int breakLength = Integer.MAX_VALUE;
        for (TextLine l : nonBlank(run)) {
            java.util.regex.Matcher m = ROW_BREAK.matcher(TextForms.halfWidth(l.text()));
            while (m.find()) {
                breakLength = Math.min(breakLength, m.end() - m.start());
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        int width = 0;
        for (TextLine l : nonBlank(run)) {
            String orig = l.text();
            String norm = TextForms.halfWidth(orig);
            java.util.regex.Matcher m = ROW_BREAK.matcher(norm);
            List<List<Table.Cell>> segments = new ArrayList<>();
            List<Integer> runs = new ArrayList<>();
            int start = 0;
            while (true) {
                boolean found = m.find();
                int end = found ? m.start() : norm.length();
                segments.add(cellsOf(orig.substring(start, end), l.at()));
                if (!found) {
                    break;
                }
                runs.add(m.end() - m.start());
                start = m.end();
            }
            List<Table.Cell> current = segments.get(0);
            for (int k = 0; k <= runs.size(); k++) {
                if (isHeaderRow(current)) {
                    width = current.size();
                }
                if (k == runs.size()) {
                    break;
                }
                List<Table.Cell> next = segments.get(k + 1);
                int hidden = runs.get(k) - breakLength;
                if (width > 0 && current.size() + runs.get(k) - 1 + next.size() <= width) {
                    // Empty cells inside one row.
                    for (int e = 0; e < runs.get(k) - 1; e++) {
                        current.add(new Table.Cell("", l.at()));
                    }
                    current.addAll(next);
                    continue;
                }
                while (hidden > 0 && width > 0 && current.size() < width) {
                    current.add(new Table.Cell("", l.at()));
                    hidden--;
                }
                List<Table.Cell> opened = new ArrayList<>();
                for (int e = 0; e < hidden; e++) {
                    opened.add(new Table.Cell("", l.at()));
                }
                opened.addAll(next);
                if (!current.stream().allMatch(c -> c.text().isEmpty())) {
                    rows.add(new Table.Row(current, l.at()));
                }
                current = opened;
            }
            if (!current.stream().allMatch(c -> c.text().isEmpty())) {
                rows.add(new Table.Row(current, l.at()));
            }
        }
        return new Table(rows);
    }

    private static List<Table.Cell> cellsOf(String part, Locator at) {
        List<Table.Cell> cells = new ArrayList<>();
        String pn = TextForms.halfWidth(part);
        int s = 0;
        for (int i = 0; i <= pn.length(); i++) {
            if (i == pn.length() || pn.charAt(i) == '|') {
                cells.add(new Table.Cell(clean(part.substring(s, i)), at));
                s = i + 1;
            }
        }
        return cells;
    }

    private boolean isHeaderRow(List<Table.Cell> cells) {
        int named = 0;
        for (Table.Cell c : cells) {
            if (isHeader(c.text())) {
                named++;
            }
        }
        return named >= 3;
    }

    /**
     * One cell a line ("一级指标 |", a lone "|" for an empty cell), as a converter flattens a form. A run of three
     * header cells or more is a header row, and the cells after it, up to the next header, are cut into rows of its
     * width; a lone row wider than its header is aligned to it from the right (its label stands left of the
     * headers). Cells before the first header are lines ("项目名称：…" when a label and its value). A label followed
     * by a box of sentences (存在问题 | 1.…) is a line of its own.
     */
    private List<Block> cellLines(List<TextLine> run) {
        List<Table.Cell> cells = new ArrayList<>();
        for (TextLine l : nonBlank(run)) {
            String t = l.text().strip();
            cells.add(new Table.Cell(clean(t.substring(0, t.length() - 1)), l.at()));
        }
        int first = -1;
        for (int i = 0; i < cells.size() && first < 0; i++) {
            if (headerRun(cells, i) >= 3) {
                first = i;
            }
        }
        if (first < 0) {
            return null; // no header to size rows by: the lines stay text
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            Table.Cell c = cells.get(i);
            Table.Cell next = i + 1 < first ? cells.get(i + 1) : null;
            if (next != null && isFieldLabel(c.text()) && !next.text().isEmpty() && !isFieldLabel(next.text())) {
                out.add(new TextLine(c.text() + "：" + next.text(), next.at()));
                i++;
            } else {
                out.add(new TextLine(c.text(), c.at()));
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        int i = first;
        while (i < cells.size()) {
            int width = headerRun(cells, i);
            List<Table.Cell> header = new ArrayList<>(cells.subList(i, i + width));
            int from = i + width;
            int to = from;
            while (to < cells.size() && headerRun(cells, to) < 3 && !isBox(cells, to)) {
                to++;
            }
            List<Table.Cell> data = cells.subList(from, to);
            if (data.size() > width && data.size() < 2 * width) {
                for (int k = data.size() - width; k > 0; k--) {
                    header.add(0, new Table.Cell("", header.get(0).at()));
                }
                width = data.size();
            }
            rows.add(new Table.Row(header, header.get(header.size() - 1).at()));
            for (int k = 0; k < data.size(); k += width) {
                List<Table.Cell> row = new ArrayList<>(data.subList(k, Math.min(data.size(), k + width)));
                rows.add(new Table.Row(row, row.get(0).at()));
            }
            i = to;
            if (i < cells.size() && isBox(cells, i)) {
                out.add(new Table(rows));
                rows = new ArrayList<>();
                while (i < cells.size() && isBox(cells, i)) {
                    out.add(new TextLine("", cells.get(i).at()));
                    out.add(new TextLine(cells.get(i).text() + "：" + cells.get(i + 1).text(), cells.get(i + 1).at()));
                    i += 2;
                }
                for (; i < cells.size(); i++) {
                    out.add(new TextLine(cells.get(i).text(), cells.get(i).at()));
                }
            }
        }
        if (!rows.isEmpty()) {
            out.add(new Table(rows));
        }
        return out;
    }

    /** A short label (项目名称, 主管部门) that names the cell after it. */
    private static boolean isFieldLabel(String s) {
        return s.length() >= 2 && s.length() <= 8 && s.chars().noneMatch(Character::isDigit)
                && (s.endsWith("名称") || s.endsWith("部门") || s.endsWith("单位") || s.endsWith("年度"));
    }

    /** A label followed by a box of sentences: 存在问题 | 1.…。2.…。 */
    private static boolean isBox(List<Table.Cell> cells, int i) {
        if (i + 1 >= cells.size()) {
            return false;
        }
        String label = cells.get(i).text();
        String box = cells.get(i + 1).text();
        return label.length() >= 2 && label.length() <= 8 && label.chars().noneMatch(Character::isDigit)
                && box.length() >= 15 && (box.contains("。") || box.contains("，"));
    }

    /** How many cells from {@code from} on are column headers. */
    private int headerRun(List<Table.Cell> cells, int from) {
        int n = 0;
        while (from + n < cells.size() && isHeader(cells.get(from + n).text())) {
            n++;
        }
        return n;
    }

    boolean isHeader(String cell) {
        String c = TextForms.halfWidth(cell).replace(" ", "");
        if (c.isEmpty() || c.length() > 16) {
            return false;
        }
        for (String w : headerWords) {
            if (c.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The lines without page furniture; a footer that cut a sentence leaves no blank line behind. */
    private List<TextLine> withoutFurniture(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            jixiao.load.TimeLimit.check();
            if (!isFurniture(norm(lines.get(i)))) {
                out.add(lines.get(i));
                continue;
            }
            while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
                out.remove(out.size() - 1);
            }
            while (i + 1 < lines.size() && lines.get(i + 1).text().isBlank()) {
                i++;
            }
        }
        return out;
    }
}
