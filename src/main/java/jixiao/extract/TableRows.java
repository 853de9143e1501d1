package jixiao.extract;

import java.util.List;

/** The rows of a report's tables as the readers match them: each cell half-width for matching, original for quotes. */
final class TableRows {

    /** One cell: half-width text, original text, and its place in the report. */
    record Cell(String text, String original, int place) {
        boolean isBlank() {
            return text.isBlank();
        }

        /** A value read from this cell, quoted as it stands. */
        Sourced source(Object value) {
            return new Sourced(value, place, original, null);
        }
    }

    record Row(int line, List<Cell> cells) {
        Cell cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : new Cell("", "", line);
        }

        String joined() {
            StringBuilder b = new StringBuilder();
            cells.forEach(c -> b.append(c.text()).append(' '));
            return b.toString();
        }
    }

    private TableRows() {
    }
}
