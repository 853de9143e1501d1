package jixiao.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document in the style of government papers (公文): 仿宋 body, 黑体 一、 headings, 楷体 （一） headings,
 * 小标宋 title, 16 pt, first lines indented two characters. Its dates are given, not the time of writing, and so are
 * the times of its zip entries: the same content gives the same bytes.
 */
public final class OfficialDocx {

    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String LATIN = "Times New Roman";

    private OfficialDocx() {
    }

    /** A new document with the styles Normal, Title, Heading1 and Heading2, dated {@code written}. */
    public static XWPFDocument create(String title, String creator, LocalDateTime written) {
        XWPFDocument doc = new XWPFDocument();
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(style("Normal", "Normal", null, -1, BODY_FONT, 16), styles));
        styles.addStyle(new XWPFStyle(style("Title", "Title", "Normal", -1, TITLE_FONT, 22), styles));
        styles.addStyle(new XWPFStyle(style("Heading1", "heading 1", "Normal", 0, HEADING_FONT, 16), styles));
        styles.addStyle(new XWPFStyle(style("Heading2", "heading 2", "Normal", 1, SUBHEADING_FONT, 16), styles));
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(written.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator(creator);
        core.setTitle(title);
        return doc;
    }

    /** A paragraph of {@code style} (null: Normal); indented two characters unless centred. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String style, ParagraphAlignment align, String text) {
        XWPFParagraph p = paragraph(doc, style, align);
        p.createRun().setText(text);
        return p;
    }

    /** An empty paragraph of {@code style}, for runs of the caller's own. */
    public static XWPFParagraph paragraph(XWPFDocument doc, String style, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (align != null) {
            p.setAlignment(align);
        }
        if (align != ParagraphAlignment.CENTER) {
            p.setIndentationFirstLine(640); // two characters of 16 pt
        }
        return p;
    }

    /** Writes the document, every zip entry stamped {@code written}. */
    public static void write(XWPFDocument doc, LocalDateTime written, OutputStream out) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream(1 << 14);
        doc.write(zip);
        restamp(zip.toByteArray(), written, out);
    }

    /**
     * The zip again with every entry's time set to {@code time} (POI stamps the time of writing, which no option
     * changes). The entries are inflated and deflated again: about a millisecond for a generated report.
     */
    private static void restamp(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream to = new ZipOutputStream(new FilterOutputStream(out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     out.write(b, off, len);
                 }

                 @Override
                 public void close() throws IOException {
                     flush(); // the caller closes its own stream
                 }
             })) {
            byte[] buffer = new byte[1 << 14];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                to.putNextEntry(copy);
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    to.write(buffer, 0, n);
                }
                to.closeEntry();
            }
        }
    }

    private static CTStyle style(String id, String name, String basedOn, int outline, String eastAsia, int points) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        if (basedOn == null) {
            s.setDefault(true);
        } else {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewName().setVal(name);
        s.addNewQFormat();
        if (outline >= 0) {
            CTPPrGeneral ppr = s.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setEastAsia(eastAsia);
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return s;
    }
}
