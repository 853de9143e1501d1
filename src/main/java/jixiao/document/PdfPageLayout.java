package jixiao.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One PDF page as lines of text and ruled tables, top to bottom. A table is a group of ruling lines that cross;
 * its rows lie between its horizontal rules and each row's cells between the vertical rules that cross that row
 * (a cell spanning columns lacks the rules inside it). A character belongs to the cell its middle falls in. The
 * text outside tables is cut into lines by baseline, a wide gap kept as spaces (a table drawn without rules then
 * reads as columns aligned with spaces).
 */
final class PdfPageLayout {

    /** A line of text or a table, and how far down the page it starts. */
    record Item(float top, String line, Table table) {
    }

    /** Rulings this close (points) are one. */
    private static final float NEAR = 2f;

    private PdfPageLayout() {
    }

    /**
     * @param tableName names a table for its locators: "第3页表1"
     */
    static List<Item> items(List<PdfGlyphs.Glyph> glyphs, List<PdfRulings.Segment> segments,
                            java.util.function.IntFunction<String> tableName) {
        List<List<PdfRulings.Segment>> grids = grids(segments);
        List<Item> items = new ArrayList<>();
        List<PdfGlyphs.Glyph> outside = new ArrayList<>(glyphs);
        int k = 0;
        for (List<PdfRulings.Segment> grid : grids) {
            float[] box = box(grid);
            List<PdfGlyphs.Glyph> inside = new ArrayList<>();
            outside.removeIf(g -> {
                boolean in = g.x() + g.width() / 2 > box[0] && g.x() + g.width() / 2 < box[2]
                        && g.middle() > box[1] && g.middle() < box[3];
                if (in) {
                    inside.add(g);
                }
                return in;
            });
            if (inside.isEmpty()) {
                continue;
            }
            k++;
            items.add(new Item(box[1], null, table(grid, inside, tableName.apply(k))));
        }
        for (Line l : lines(outside)) {
            items.add(new Item(l.top, l.text, null));
        }
        items.sort(Comparator.comparingDouble(Item::top));
        return items;
    }

    /** The groups of rulings that cross one another, with two rules at least each way. */
    private static List<List<PdfRulings.Segment>> grids(List<PdfRulings.Segment> segments) {
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<PdfRulings.Segment>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(segments.get(i));
        }
        List<List<PdfRulings.Segment>> out = new ArrayList<>();
        for (List<PdfRulings.Segment> g : groups.values()) {
            long h = g.stream().filter(PdfRulings.Segment::horizontal).count();
            long v = g.stream().filter(PdfRulings.Segment::vertical).count();
            if (h >= 2 && v >= 2) {
                out.add(g);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(PdfRulings.Segment a, PdfRulings.Segment b) {
        return a.x1() <= b.x2() + NEAR && b.x1() <= a.x2() + NEAR && a.y1() <= b.y2() + NEAR && b.y1() <= a.y2() + NEAR;
    }

    private static float[] box(List<PdfRulings.Segment> grid) {
        float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (PdfRulings.Segment s : grid) {
            b[0] = Math.min(b[0], s.x1());
            b[1] = Math.min(b[1], s.y1());
            b[2] = Math.max(b[2], s.x2());
            b[3] = Math.max(b[3], s.y2());
        }
        return b;
    }

    /** Positions within {@link #NEAR} of each other, as one. */
    private static List<Float> cluster(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > NEAR) {
                out.add(v);
            }
        }
        return out;
    }

    private static Table table(List<PdfRulings.Segment> grid, List<PdfGlyphs.Glyph> glyphs, String name) {
        List<Float> ys = cluster(grid.stream().filter(PdfRulings.Segment::horizontal).map(PdfRulings.Segment::y1).toList());
        List<Float> xs = cluster(grid.stream().filter(PdfRulings.Segment::vertical).map(PdfRulings.Segment::x1).toList());
        int columns = xs.size() - 1;
        List<float[]> bands = new ArrayList<>();
        for (int r = 0; r + 1 < ys.size(); r++) {
            if (ys.get(r + 1) - ys.get(r) >= NEAR) {
                bands.add(new float[] {ys.get(r), ys.get(r + 1)});
            }
        }
        String[][] texts = new String[bands.size()][columns];
        for (int r = 0; r < bands.size(); r++) {
            float top = bands.get(r)[0];
            float bottom = bands.get(r)[1];
            // The vertical rules that cross this row: the cells' edges in it.
            TreeSet<Integer> edges = new TreeSet<>();
            for (PdfRulings.Segment s : grid) {
                if (s.vertical() && s.y1() <= top + (bottom - top) * 0.3f && s.y2() >= bottom - (bottom - top) * 0.3f) {
                    edges.add(nearest(xs, s.x1()));
                }
            }
            edges.add(0);
            edges.add(columns);
            List<List<PdfGlyphs.Glyph>> byCell = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                byCell.add(new ArrayList<>());
            }
            for (PdfGlyphs.Glyph g : glyphs) {
                if (g.middle() < top || g.middle() >= bottom) {
                    continue;
                }
                float mid = g.x() + g.width() / 2;
                int column = 0;
                for (int c = 0; c < columns; c++) {
                    if (mid >= xs.get(c)) {
                        column = c;
                    }
                }
                // Into the first column of the cell it lies in.
                Integer edge = edges.floor(column);
                byCell.get(edge == null ? column : edge).add(g);
            }
            for (int c = 0; c < columns; c++) {
                texts[r][c] = String.join("", lines(byCell.get(c)).stream().map(l -> l.text).toList()).strip();
            }
        }
        // A cell merged down rows has no rule between them in its column: its text is the text of every row it spans.
        int[][] from = new int[bands.size()][columns];
        for (int c = 0; c < columns; c++) {
            float mid = (xs.get(c) + xs.get(c + 1)) / 2;
            for (int r = 0; r < bands.size(); r++) {
                from[r][c] = r > 0 && !ruled(grid, bands.get(r)[0], mid) ? from[r - 1][c] : r;
            }
            for (int r = 0; r < bands.size(); r++) {
                if (from[r][c] != r && texts[from[r][c]][c].isEmpty() && !texts[r][c].isEmpty()) {
                    texts[from[r][c]][c] = texts[r][c]; // the text sat lower in the merged cell
                }
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        int rowNumber = 0;
        for (int r = 0; r < bands.size(); r++) {
            boolean empty = true;
            for (int c = 0; c < columns && empty; c++) {
                empty = texts[r][c].isEmpty() && texts[from[r][c]][c].isEmpty();
            }
            if (empty) {
                continue;
            }
            rowNumber++;
            String rowName = name + " 第" + rowNumber + "行";
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String text = from[r][c] != r ? texts[from[r][c]][c] : texts[r][c];
                cells.add(new Table.Cell(text, Locator.label(rowName + " 第" + (c + 1) + "列")));
            }
            rows.add(new Table.Row(cells, Locator.label(rowName)));
        }
        return new Table(rows);
    }

    /** Whether a horizontal rule runs at height {@code y} across {@code x}. */
    private static boolean ruled(List<PdfRulings.Segment> grid, float y, float x) {
        for (PdfRulings.Segment s : grid) {
            if (s.horizontal() && Math.abs(s.y1() - y) <= NEAR && s.x1() - NEAR <= x && s.x2() + NEAR >= x) {
                return true;
            }
        }
        return false;
    }

    private static int nearest(List<Float> xs, float x) {
        int best = 0;
        for (int i = 0; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - x) < Math.abs(xs.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    /** A line of text: where it starts down the page, and its characters. */
    record Line(float top, String text) {
    }

    /** Characters grouped by baseline, top to bottom, each line left to right; a wide gap kept as spaces. */
    static List<Line> lines(List<PdfGlyphs.Glyph> glyphs) {
        List<PdfGlyphs.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyphs.Glyph::baseline).thenComparingDouble(PdfGlyphs.Glyph::x));
        List<List<PdfGlyphs.Glyph>> groups = new ArrayList<>();
        for (PdfGlyphs.Glyph g : sorted) {
            List<PdfGlyphs.Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < g.size() * 0.4f) {
                last.add(g);
            } else {
                List<PdfGlyphs.Glyph> line = new ArrayList<>();
                line.add(g);
                groups.add(line);
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<PdfGlyphs.Glyph> line : groups) {
            line.sort(Comparator.comparingDouble(PdfGlyphs.Glyph::x));
            StringBuilder b = new StringBuilder();
            PdfGlyphs.Glyph prev = null;
            for (PdfGlyphs.Glyph g : line) {
                if (prev != null) {
                    float gap = g.x() - prev.right();
                    float em = Math.max(1f, g.size());
                    if (gap > em * 3f) {
                        b.append(" ".repeat(Math.max(2, Math.round(gap / (em * 0.5f)))));
                    } else if (gap > em * 0.3f && !g.text().isBlank() && !prev.text().isBlank()) {
                        b.append(' ');
                    }
                }
                b.append(g.text());
                prev = g;
            }
            out.add(new Line(line.get(0).baseline() - line.get(0).size(), b.toString()));
        }
        return out;
    }
}
