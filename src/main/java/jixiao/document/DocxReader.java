package jixiao.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word (.docx) report: its body's paragraphs (第N段) and tables as tables (表K 第R行 第C列), read with Apache POI.
 * A cell spanning columns is followed by blank cells for the columns it covers, so that every row's cells stand
 * under their headers; a cell merged down rows gives its text to the rows below it. Headers and footers (the
 * office's name, page numbers) are not the report's text and are not read.
 */
final class DocxReader {

    private DocxReader() {
    }

    static List<Block> read(InputStream in) throws IOException {
        List<Block> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            int paragraph = 0;
            int tableNumber = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph++;
                    String text = p.getText();
                    if (isHeading(p) && !text.isBlank()) {
                        text = "# " + text.strip();
                    }
                    // Word ends a paragraph where the text file has a blank line after it.
                    out.add(new TextLine(text, Locator.label("第" + paragraph + "段")));
                    out.add(new TextLine("", Locator.label("第" + paragraph + "段")));
                } else if (e instanceof XWPFTable t) {
                    tableNumber++;
                    out.add(table(t, tableNumber));
                }
            }
        }
        return out;
    }

    /** A paragraph in one of Word's heading or title styles (标题 1, Heading1, Title). */
    private static boolean isHeading(XWPFParagraph p) {
        String style = p.getStyle();
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("heading") || s.startsWith("title") || s.startsWith("标题") || s.matches("\\d");
    }

    private static Table table(XWPFTable t, int number) {
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> above = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            r++;
            List<Table.Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                column++;
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                Locator at = Locator.label("表" + number + " 第" + r + "行 第" + column + "列");
                String text = cell.getText().strip();
                int index = cells.size();
                if (continued && index < above.size()) {
                    cells.add(above.get(index));
                } else {
                    cells.add(new Table.Cell(text, at));
                }
                for (int k = 1; k < span; k++) {
                    column++;
                    cells.add(new Table.Cell("", Locator.label("表" + number + " 第" + r + "行 第" + column + "列")));
                }
            }
            rows.add(new Table.Row(cells, Locator.label("表" + number + " 第" + r + "行")));
            above = cells;
        }
        return new Table(rows);
    }
}
