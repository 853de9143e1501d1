package jixiao.document;

import java.util.List;

/** A table read as cells and rows; a merged cell's text stands in the first cell it spans, the others are blank. */
public record Table(List<Row> rows) implements Block {

    /** One row; {@code at} names the row as a whole. */
    public record Row(List<Cell> cells, Locator at) {
    }

    /** One cell and where it is. */
    public record Cell(String text, Locator at) {
    }
}
