package jixiao.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jixiao.assemble.FindingView;
import jixiao.assemble.Trace;
import jixiao.document.Block;
import jixiao.document.Document;
import jixiao.document.Table;
import jixiao.document.TextLine;

/**
 * Where each finding stands on the page: the line or cell of the document its values were read from (by locator,
 * the cell whose text holds the quote where a line has several), and the rows of the facts table it rests on.
 */
final class FindingPlaces {

    /** A line or cell of the document as the page shows it. */
    record Spot(String id, String text) {
    }

    /** Element id → the findings (indexes in the result) marked on it, in order. */
    private final Map<String, List<Integer>> marks = new LinkedHashMap<>();
    /** Finding index → the element it is first shown on. */
    private final Map<Integer, String> first = new TreeMap<>();

    FindingPlaces(List<FindingView> findings, Document document, List<String> factRows) {
        Map<String, List<Spot>> byPlace = document == null ? Map.of() : index(document);
        for (int i = 0; i < findings.size(); i++) {
            Trace trace = findings.get(i).trace();
            if (trace == null) {
                continue;
            }
            List<Trace.SourceRef> refs = new ArrayList<>(trace.sources());
            if (trace.source() != null && !refs.contains(trace.source())) {
                refs.add(0, trace.source());
            }
            for (Trace.SourceRef ref : refs) {
                String place = ref.place();
                List<Spot> spots = place == null ? null : byPlace.get(place);
                if (spots != null) {
                    mark(best(spots, ref.quote()).id(), i);
                }
            }
            for (String pointer : trace.facts()) {
                String row = row(pointer, factRows);
                if (row != null) {
                    mark(FactsHtml.rowId(row), i);
                }
            }
        }
    }

    private void mark(String id, int finding) {
        List<Integer> on = marks.computeIfAbsent(id, k -> new ArrayList<>());
        if (!on.contains(finding)) {
            on.add(finding);
        }
        first.putIfAbsent(finding, id);
    }

    List<Integer> on(String id) {
        return marks.getOrDefault(id, List.of());
    }

    /** The element a finding links to; null when it stands nowhere on the page. */
    String firstOf(int finding) {
        return first.get(finding);
    }

    /** The element id of block {@code b}, or of its cell at row {@code r}, column {@code c}. */
    static String blockId(int b) {
        return "b" + b;
    }

    static String cellId(int b, int r, int c) {
        return "b" + b + "-" + r + "-" + c;
    }

    private static Map<String, List<Spot>> index(Document document) {
        Map<String, List<Spot>> byPlace = new LinkedHashMap<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof TextLine line) {
                byPlace.computeIfAbsent(line.at().text(), k -> new ArrayList<>()).add(new Spot(blockId(b), line.text()));
            } else if (blocks.get(b) instanceof Table table) {
                for (int r = 0; r < table.rows().size(); r++) {
                    Table.Row row = table.rows().get(r);
                    for (int c = 0; c < row.cells().size(); c++) {
                        Table.Cell cell = row.cells().get(c);
                        Spot spot = new Spot(cellId(b, r, c), cell.text());
                        byPlace.computeIfAbsent(cell.at().text(), k -> new ArrayList<>()).add(spot);
                        if (c == 0 && row.at() != null && !row.at().text().equals(cell.at().text())) {
                            byPlace.computeIfAbsent(row.at().text(), k -> new ArrayList<>()).add(spot);
                        }
                    }
                }
            }
        }
        return byPlace;
    }

    private static Spot best(List<Spot> spots, String quote) {
        if (quote != null && spots.size() > 1) {
            String q = squeeze(quote);
            for (Spot s : spots) {
                if (!q.isEmpty() && squeeze(s.text()).contains(q)) {
                    return s;
                }
            }
        }
        return spots.get(0);
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    /** The facts-table row a pointer falls in: the longest row pointer it starts with. */
    private static String row(String pointer, List<String> rows) {
        String found = null;
        for (String r : rows) {
            if ((pointer.equals(r) || pointer.startsWith(r + "/")) && (found == null || r.length() > found.length())) {
                found = r;
            }
        }
        return found;
    }
}
