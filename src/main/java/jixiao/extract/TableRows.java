package jixiao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the tables in a report: Markdown rows ({@code | a | b |}) or a table flattened to text (cells
 * apart by tabs), grouped into tables where only blank lines stand between rows.
 */
final class TableRows {

    /** One cell: half-width text for matching, original text for the quote. */
    record Cell(String text, String original) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    record Row(int line, List<Cell> cells) {
        Cell cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : new Cell("", "");
        }

        /** A Markdown separator row (| --- | :--: |). */
        boolean isSeparator() {
            for (Cell c : cells) {
                String t = c.text();
                for (int i = 0; i < t.length(); i++) {
                    char ch = t.charAt(i);
                    if (" \t\n\u000B\f\r:-—".indexOf(ch) < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        String joined() {
            StringBuilder b = new StringBuilder();
            cells.forEach(c -> b.append(c.text()).append(' '));
            return b.toString();
        }
    }

    private TableRows() {
    }

    static List<List<Row>> tables(ReportText text) {
        List<List<Row>> out = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        int last = -1;
        for (ReportText.Line line : text.tableLines()) {
            if (last >= 0 && !onlyBlankBetween(text, last, line.number())) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(text.row(line));
            last = line.number();
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean onlyBlankBetween(ReportText text, int from, int to) {
        for (int n = from + 1; n < to; n++) {
            if (!text.lines().get(n - 1).norm().isBlank()) {
                return false;
            }
        }
        return true;
    }

    static Row row(ReportText.Line line) {
        String norm = line.norm();
        String orig = line.original();
        boolean markdown = norm.strip().startsWith("|");
        char sep = markdown ? '|' : '\t';
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= norm.length(); i++) {
            if (i == norm.length() || norm.charAt(i) == sep) {
                String text = norm.substring(start, i).strip();
                // A line with nothing to make half-width is its own normal form: one string serves both.
                cells.add(new Cell(text, norm == orig ? text : orig.substring(start, i).strip()));
                start = i + 1;
            }
        }
        if (markdown) {
            // The text before the first | and after the last | is no cell.
            cells.remove(0);
            if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
        }
        cells.replaceAll(c -> c.text().indexOf('*') < 0 && c.original().indexOf('*') < 0 ? c
                : new Cell(c.text().replace("*", "").strip(), c.original().replace("*", "").strip()));
        return new Row(line.number(), cells);
    }
}
