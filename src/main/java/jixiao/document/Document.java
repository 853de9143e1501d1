package jixiao.document;

import java.util.List;

/**
 * A report as read from any file: its blocks in reading order and what reading it warns of (an encoding guessed,
 * a sheet skipped). Every reader of facts works on this, never on a file format.
 */
public record Document(String name, List<Block> blocks, List<String> warnings) {

    /** The same document with every locator prefixed by {@code file}: a second file of one report (自评表.xlsx). */
    public Document named(String file) {
        List<Block> out = new java.util.ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof TextLine l) {
                out.add(new TextLine(l.text(), prefixed(file, l.at())));
            } else if (b instanceof Table t) {
                List<Table.Row> rows = new java.util.ArrayList<>();
                for (Table.Row r : t.rows()) {
                    List<Table.Cell> cells = new java.util.ArrayList<>();
                    for (Table.Cell c : r.cells()) {
                        cells.add(new Table.Cell(c.text(), prefixed(file, c.at())));
                    }
                    rows.add(new Table.Row(cells, prefixed(file, r.at())));
                }
                out.add(new Table(rows));
            }
        }
        return new Document(file, out, warnings);
    }

    private static Locator prefixed(String file, Locator at) {
        return Locator.label(file + " " + at.text());
    }

    public Document withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new Document(name, blocks, List.copyOf(w));
    }
}
