package jixiao.generate;

import jixiao.render.OfficialDocx;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A generated report as a Word document (.docx), with what {@link ReportContent} says: the department and the
 * title, headings as 一、 and （一） paragraphs (styles Heading1 and Heading2), the narrative paragraphs, and the
 * self-evaluation table as Word tables: 项目资金 and the indicators, whose 一级指标 cells are merged vertically
 * (vMerge). The same facts give the same document: its dates are fixed (from the report's year), not the time of
 * writing. Only {@code generate --format docx} loads this class, and with it POI.
 */
public final class ReportDocx {

    /** Column widths (twentieths of a point) of the tables, on an A4 page with 2.8 cm and 2.6 cm margins. */
    private static final int[] IDENTITY_WIDTHS = {1600, 2700, 1600, 2700};
    private static final int[] FUNDING_WIDTHS = {1500, 1150, 1250, 1250, 800, 1150, 1500};
    private static final int[] INDICATOR_WIDTHS = {950, 1150, 1500, 1050, 1050, 650, 650, 1600};

    private ReportDocx() {
    }

    public static void write(JsonNode facts, OutputStream out) throws IOException {
        write(ReportContent.of(facts), facts.path("report").path("year").asInt(2020), out);
    }

    /**
     * Writes the document for the report of {@code year}, dated 1 March of the year after (its core properties and
     * the times of its zip entries), so that the same content gives the same bytes.
     */
    public static void write(ReportContent c, int year, OutputStream out) throws IOException {
        LocalDateTime written = LocalDate.of(year + 1, 3, 1).atStartOfDay();
        try (XWPFDocument doc = document(c, written)) {
            OfficialDocx.write(doc, written, out);
        }
    }

    private static XWPFDocument document(ReportContent c, LocalDateTime written) {
        XWPFDocument doc = OfficialDocx.create(c.title(), "jixiao generate", written);
        paragraph(doc, null, ParagraphAlignment.CENTER, c.department());
        paragraph(doc, "Title", ParagraphAlignment.CENTER, c.title());
        paragraph(doc, "Heading1", null, ReportContent.OVERVIEW_HEADING);
        paragraph(doc, null, ParagraphAlignment.BOTH, ReportContent.OVERVIEW);
        paragraph(doc, "Heading1", null, ReportContent.TABLE_HEADING);
        table(doc, IDENTITY_WIDTHS, List.of(List.of("项目名称", c.project(), "主管部门", c.department())), false);
        paragraph(doc, "Heading2", null, "（一）项目资金情况");
        paragraph(doc, null, ParagraphAlignment.CENTER, ReportContent.FUNDING_CAPTION);
        table(doc, FUNDING_WIDTHS, List.of(c.fundingHeader(), c.fundingRow()), false);
        paragraph(doc, "Heading2", null, "（二）绩效指标完成情况");
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(c.indicatorHeader());
        rows.addAll(c.indicatorRows());
        table(doc, INDICATOR_WIDTHS, rows, true);
        paragraph(doc, "Heading1", null, ReportContent.PROBLEMS_HEADING);
        numbered(doc, c.problems());
        if (c.problems().isEmpty()) {
            paragraph(doc, null, ParagraphAlignment.BOTH, ReportContent.NO_PROBLEMS);
        }
        paragraph(doc, "Heading1", null, ReportContent.SUGGESTIONS_HEADING);
        numbered(doc, c.suggestions());
        return doc;
    }

    private static void numbered(XWPFDocument doc, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            paragraph(doc, null, ParagraphAlignment.BOTH, (i + 1) + ". " + items.get(i));
        }
    }

    private static void paragraph(XWPFDocument doc, String style, ParagraphAlignment align, String text) {
        OfficialDocx.paragraph(doc, style, align, text);
    }

    /** A centred table of these column widths (twips), its grid written as Word writes it. */
    public static void columns(XWPFTable t, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        t.setWidth(String.valueOf(total));
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /**
     * A table of {@code rows}, the first its header. With {@code mergeFirstColumn}, a run of equal cells in the
     * first column below the header is one cell merged vertically: the first starts the merge, the rest continue
     * it and hold no text, as Word writes them.
     */
    private static void table(XWPFDocument doc, int[] widths, List<List<String>> rows, boolean mergeFirstColumn) {
        XWPFTable t = doc.createTable(rows.size(), widths.length);
        columns(t, widths);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            XWPFTableRow row = t.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < widths.length; c++) {
                String text = c < cells.size() ? cells.get(c) : "";
                XWPFTableCell cell = row.getCell(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewTcW().setW(BigInteger.valueOf(widths[c]));
                pr.getTcW().setType(STTblWidth.DXA);
                if (mergeFirstColumn && c == 0 && r > 0) {
                    boolean sameAbove = r > 1 && text.equals(rows.get(r - 1).get(0));
                    boolean sameBelow = r + 1 < rows.size() && text.equals(rows.get(r + 1).get(0));
                    if (sameAbove) {
                        pr.addNewVMerge(); // no val: continues the merge above
                        text = "";
                    } else if (sameBelow) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(r == 0 || text.length() <= 12 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                if (!text.isEmpty()) {
                    XWPFRun run = p.createRun();
                    run.setFontSize(10.5);
                    run.setText(text);
                }
            }
        }
    }

}
