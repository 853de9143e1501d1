package jixiao.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables whose cells stand apart by spaces only: columns aligned with runs of spaces, as a PDF turned to text
 * gives them (a cell too long for its column wraps onto the next line), or cells joined by single spaces. A table
 * starts at a header line naming three columns or more; its rows are the lines below it until the text turns back
 * to sentences.
 */
final class SpacedTables {

    /** A header names this many columns at least. */
    private static final int HEADER_COLUMNS = 3;

    private final List<String> headerWords;

    SpacedTables(List<String> headerWords) {
        this.headerWords = headerWords;
    }

    /** A piece of a line between runs of spaces, where it starts (in columns) and its offsets in the line. */
    record Piece(String text, int column, int from, int to) {

        /** The piece as the line writes it (full-width forms kept): the line's characters at the same offsets. */
        String in(String original) {
            return original.substring(from, to).strip();
        }
    }

    /** The end (exclusive) of the table starting at line {@code i}, or {@code i} when no table starts there. */
    int tableEnd(List<TextLine> lines, int i) {
        String first = lines.get(i).text();
        if (!isHeader(first)) {
            return i;
        }
        boolean aligned = pieces(first, 2).size() >= HEADER_COLUMNS;
        int end = i + 1;
        int blanks = 0;
        for (int k = i + 1; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (t.isBlank()) {
                if (++blanks >= 2) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (!isRow(t, aligned)) {
                break;
            }
            end = k + 1;
        }
        return end > i + 1 ? end : i;
    }

    boolean isHeader(String line) {
        String norm = TextForms.halfWidth(line);
        if (norm.indexOf('|') >= 0 || norm.indexOf('\t') >= 0) {
            return false;
        }
        List<Piece> words = pieces(norm, 1);
        if (words.size() < HEADER_COLUMNS) {
            return false;
        }
        int named = 0;
        for (Piece p : words) {
            if (names(p.text())) {
                named++;
            }
        }
        return named >= HEADER_COLUMNS && named * 2 >= words.size();
    }

    private boolean names(String cell) {
        if (cell.length() > 16 || cell.indexOf(',') >= 0 || cell.indexOf('。') >= 0) {
            return false;
        }
        for (String w : headerWords) {
            if (cell.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A line that can be a row: it is not a sentence, and has several cells, or one cell set off by indentation. */
    private static boolean isRow(String line, boolean aligned) {
        String norm = TextForms.halfWidth(line).stripTrailing();
        if (norm.endsWith("。") || norm.endsWith(":") && !aligned) {
            return false;
        }
        if (isHeading(norm.strip())) {
            return false;
        }
        List<Piece> cells = pieces(norm, aligned ? 2 : 1);
        if (cells.size() >= 2) {
            return true;
        }
        // A wrapped cell's remainder on a line of its own, indented to its column.
        return aligned && norm.startsWith("  ") && norm.strip().length() <= 30;
    }

    /** 一、 / （二） / 三、…: a section heading ends a table. */
    private static boolean isHeading(String s) {
        return s.matches("^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)).*");
    }

    Table table(List<TextLine> lines) {
        if (pieces(TextForms.halfWidth(lines.get(0).text()), 2).size() >= HEADER_COLUMNS) {
            return alignedTable(lines);
        }
        return singleSpacedTable(lines);
    }

    /** Cells joined by single spaces: each header's width, rows placed around their first number. */
    private Table singleSpacedTable(List<TextLine> lines) {
        List<Table.Row> rows = new ArrayList<>();
        int width = 0;
        int firstNumber = -1;
        for (int i = 0; i < lines.size(); i++) {
            jixiao.load.TimeLimit.check();
            TextLine l = lines.get(i);
            if (l.text().isBlank()) {
                continue;
            }
            List<Piece> pieces = pieces(TextForms.halfWidth(l.text()), 1);
            if (i == 0 || isHeader(l.text())) {
                // A second header in the run (the indicators' below the funds'): its own columns from here on.
                width = pieces.size();
                firstNumber = firstNumberColumn(lines, i, width);
                rows.add(row(l, pieces));
                continue;
            }
            String[] cells = firstNumber >= 0 && pieces.size() != width
                    ? anchored(pieces, width, firstNumber, l.text()) : inOrder(pieces, width, l.text());
            List<Table.Cell> row = new ArrayList<>(cells.length);
            for (String c : cells) {
                row.add(new Table.Cell(c, l.at()));
            }
            rows.add(new Table.Row(row, l.at()));
        }
        return new Table(rows);
    }

    /**
     * Single-spaced rows lose their blank cells, so they are placed around their first number: the column where the
     * numbers start is the furthest any row of the header's part starts them (a row that repeats its merged 一级 and
     * 二级 cells has its 三级指标 just before it, 年度指标值 on it).
     */
    private int firstNumberColumn(List<TextLine> lines, int header, int width) {
        int column = -1;
        for (int i = header + 1; i < lines.size(); i++) {
            String t = TextForms.halfWidth(lines.get(i).text());
            if (isHeader(t)) {
                break;
            }
            List<Piece> p = pieces(t, 1);
            if (p.size() >= 3) {
                column = Math.max(column, Math.min(firstNumber(p), width - 1));
            }
        }
        return column > 0 ? column : -1;
    }

    private static int firstNumber(List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            if (pieces.get(k).text().chars().anyMatch(Character::isDigit)) {
                return k;
            }
        }
        return -1;
    }

    /** Cells before the row's first number end at the number column; from it on they follow; extra text is the last cell. */
    private static String[] anchored(List<Piece> pieces, int width, int numberColumn, String original) {
        String[] out = new String[width];
        java.util.Arrays.fill(out, "");
        int k = firstNumber(pieces);
        if (k < 0) {
            k = pieces.size();
        }
        for (int i = 0; i < k; i++) {
            int c = numberColumn - k + i;
            if (c < 0) {
                out[0] = out[0].isEmpty() ? pieces.get(i).in(original) : out[0] + " " + pieces.get(i).in(original);
            } else {
                out[c] = pieces.get(i).in(original);
            }
        }
        for (int i = k; i < pieces.size(); i++) {
            int c = Math.min(width - 1, numberColumn + i - k);
            out[c] = out[c].isEmpty() ? pieces.get(i).in(original) : out[c] + " " + pieces.get(i).in(original);
        }
        return out;
    }

    private static Table.Row row(TextLine line, List<Piece> pieces) {
        List<Table.Cell> cells = new ArrayList<>();
        for (Piece p : pieces) {
            cells.add(new Table.Cell(p.in(line.text()), line.at()));
        }
        return new Table.Row(cells, line.at());
    }

    /** The cells of a row in order; a row shorter than its header lacks its leading (merged) cells. */
    private static String[] inOrder(List<Piece> pieces, int width, String original) {
        String[] out = new String[width];
        java.util.Arrays.fill(out, "");
        int shift = Math.max(0, width - pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            int c = Math.min(width - 1, k + shift);
            out[c] = out[c].isEmpty() ? pieces.get(k).in(original) : out[c] + " " + pieces.get(k).in(original);
        }
        return out;
    }

    /** Tolerance, in columns, of a cell starting left of its header. */
    private static final int SLACK = 2;

    /**
     * Columns aligned with spaces: each piece of a row goes under the header that starts at or just before it. A
     * converter counts a Han character as one column or as two: the count that lines the rows up with their header
     * is used. Pieces left of the header's first column are label columns the header leaves blank (项目资金 |
     * 年度资金总额). A line of few text pieces continues the cells above it (a wrapped name or reason).
     */
    private Table alignedTable(List<TextLine> lines) {
        boolean wide = misfit(lines, true) < misfit(lines, false);
        List<Table.Row> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            jixiao.load.TimeLimit.check();
            TextLine l = lines.get(i);
            if (l.text().isBlank()) {
                continue;
            }
            String norm = TextForms.halfWidth(l.text());
            List<Piece> pieces = pieces(norm, 2, wide);
            if (isHeader(l.text())) {
                List<Integer> leading = leadingStarts(lines, i, pieces.get(0).column(), wide);
                starts = new ArrayList<>(leading);
                List<Table.Cell> cells = new ArrayList<>();
                leading.forEach(s -> cells.add(new Table.Cell("", l.at())));
                for (Piece p : pieces) {
                    starts.add(p.column());
                    cells.add(new Table.Cell(p.in(l.text()), l.at()));
                }
                rows.add(new Table.Row(cells, l.at()));
                continue;
            }
            String[] cells = new String[starts.size()];
            java.util.Arrays.fill(cells, "");
            for (Piece p : pieces) {
                int c = columnOf(starts, p.column());
                cells[c] = cells[c].isEmpty() ? p.in(l.text()) : cells[c] + p.in(l.text());
            }
            if (rows.size() > 1 && isWrapped(cells)) {
                Table.Row last = rows.remove(rows.size() - 1);
                List<Table.Cell> merged = new ArrayList<>(last.cells());
                for (int c = 0; c < cells.length && c < merged.size(); c++) {
                    if (!cells[c].isEmpty()) {
                        Table.Cell old = merged.get(c);
                        merged.set(c, new Table.Cell(old.text() + cells[c], old.at()));
                    }
                }
                rows.add(new Table.Row(merged, last.at()));
                continue;
            }
            List<Table.Cell> row = new ArrayList<>();
            for (String c : cells) {
                row.add(new Table.Cell(c, l.at()));
            }
            rows.add(new Table.Row(row, l.at()));
        }
        return new Table(rows);
    }

    /** How far the rows' pieces stand from their header's column starts, counting Han characters wide or not. */
    private int misfit(List<TextLine> lines, boolean wide) {
        List<Integer> starts = List.of();
        int sum = 0;
        for (TextLine l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            List<Piece> pieces = pieces(TextForms.halfWidth(l.text()), 2, wide);
            if (isHeader(l.text())) {
                starts = pieces.stream().map(Piece::column).toList();
                continue;
            }
            for (Piece p : pieces) {
                int best = Integer.MAX_VALUE;
                for (int s : starts) {
                    if (p.column() >= starts.get(0) - SLACK) {
                        best = Math.min(best, Math.abs(p.column() - s));
                    }
                }
                sum += best == Integer.MAX_VALUE ? 0 : best;
            }
        }
        return sum;
    }

    /** The starts of label columns left of the header's first column, from the rows under this header. */
    private List<Integer> leadingStarts(List<TextLine> lines, int header, int firstColumn, boolean wide) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (isHeader(t)) {
                break;
            }
            for (Piece p : pieces(TextForms.halfWidth(t), 2, wide)) {
                if (p.column() < firstColumn - SLACK) {
                    Integer near = found.floor(p.column() + SLACK);
                    if (near == null || p.column() - near > SLACK) {
                        found.add(p.column());
                    }
                }
            }
        }
        // Starts within a few columns of each other are one column.
        List<Integer> out = new ArrayList<>();
        for (int s : found) {
            if (out.isEmpty() || s - out.get(out.size() - 1) > SLACK) {
                out.add(s);
            }
        }
        return out;
    }

    /** The column whose start is the last at or before {@code at} (with some slack). */
    private static int columnOf(List<Integer> starts, int at) {
        int best = 0;
        for (int c = 0; c < starts.size(); c++) {
            if (starts.get(c) <= at + SLACK) {
                best = c;
            }
        }
        return best;
    }

    /**
     * A line of fewer than half the cells, none a value ("24个", "≥95%") and none a category of its own (效益指标):
     * the rest of cells wrapped above ("30日内拨付）").
     */
    private static boolean isWrapped(String[] cells) {
        int filled = 0;
        for (String c : cells) {
            if (!c.isEmpty()) {
                filled++;
                if (VALUE.matcher(TextForms.halfWidth(c)).matches() || c.endsWith("指标") && c.length() <= 8) {
                    return false;
                }
            }
        }
        return filled > 0 && filled * 2 < cells.length;
    }

    /** A cell that is a value: a number with a comparator, a percent or a short unit. */
    private static final java.util.regex.Pattern VALUE =
            java.util.regex.Pattern.compile("[≥≤<>=]?\\s*\\d+(?:\\.\\d+)?\\s*(?:%|\\p{IsHan}{0,3})|[-—]+");

    static List<Piece> pieces(String line, int gap) {
        return pieces(line, gap, true);
    }

    /** The pieces of a line parted by {@code gap} spaces or more (a tab counts as a gap). */
    static List<Piece> pieces(String line, int gap, boolean wide) {
        List<Piece> out = new ArrayList<>();
        int column = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                column += 1;
                i++;
                continue;
            }
            int start = i;
            int startColumn = column;
            StringBuilder text = new StringBuilder();
            while (i < n) {
                char d = line.charAt(i);
                if (d == ' ' || d == '\t') {
                    int j = i;
                    while (j < n && (line.charAt(j) == ' ')) {
                        j++;
                    }
                    if (d == '\t' || j - i >= gap || j == n) {
                        break;
                    }
                    text.append(line, i, j);
                    column += j - i;
                    i = j;
                    continue;
                }
                text.append(d);
                column += wide ? width(d) : 1;
                i++;
            }
            out.add(new Piece(text.toString().strip(), startColumn, start, i));
        }
        return out;
    }

    private static int width(char c) {
        return c >= 0x1100 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1;
    }
}
