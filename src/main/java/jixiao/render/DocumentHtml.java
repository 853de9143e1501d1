package jixiao.render;

import java.util.List;
import java.util.function.Function;
import jixiao.document.Block;
import jixiao.document.Document;
import jixiao.document.Table;
import jixiao.document.TextLine;

/** The report as read, line by line and cell by cell, each with its place and the findings marked on it. */
final class DocumentHtml {

    private final PageLabels labels;

    DocumentHtml(PageLabels labels) {
        this.labels = labels;
    }

    void render(StringBuilder out, Document document, FindingPlaces places, Function<Integer, String> markLink) {
        out.append("<section class=\"document\" id=\"document\"><h2>").append(Html.escape(labels.get("report")))
                .append("</h2>");
        if (document == null) {
            out.append("<p class=\"no-document\">").append(Html.escape(labels.get("noDocument"))).append("</p></section>");
            return;
        }
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof TextLine line) {
                String id = FindingPlaces.blockId(b);
                List<Integer> on = places.on(id);
                out.append("<p id=\"").append(id).append("\" class=\"line").append(on.isEmpty() ? "" : " marked")
                        .append(line.text().isBlank() ? " blank" : "").append("\"><span class=\"at\">")
                        .append(Html.escape(line.at().text())).append("</span><span class=\"text\">")
                        .append(Html.escape(line.text())).append("</span>");
                marks(out, on, markLink);
                out.append("</p>");
            } else if (blocks.get(b) instanceof Table table) {
                out.append("<table class=\"doc-table\" id=\"").append(FindingPlaces.blockId(b)).append("\">");
                for (int r = 0; r < table.rows().size(); r++) {
                    Table.Row row = table.rows().get(r);
                    out.append("<tr>");
                    for (int c = 0; c < row.cells().size(); c++) {
                        Table.Cell cell = row.cells().get(c);
                        String id = FindingPlaces.cellId(b, r, c);
                        List<Integer> on = places.on(id);
                        out.append("<td id=\"").append(id).append('"').append(on.isEmpty() ? "" : " class=\"marked\"")
                                .append(" title=\"").append(Html.escape(cell.at().text())).append("\">")
                                .append(Html.escape(cell.text()));
                        marks(out, on, markLink);
                        out.append("</td>");
                    }
                    out.append("</tr>");
                }
                out.append("</table>");
            }
        }
        out.append("</section>");
    }

    private static void marks(StringBuilder out, List<Integer> on, Function<Integer, String> markLink) {
        if (on.isEmpty()) {
            return;
        }
        out.append("<span class=\"marks\">");
        on.forEach(f -> out.append(markLink.apply(f)));
        out.append("</span>");
    }
}
