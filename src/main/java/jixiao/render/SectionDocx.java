package jixiao.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import jixiao.assemble.Section;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The drafted 四、问题及建议 section as a Word document in the government style, each item carrying its rule ids as
 * a comment (批注): an auditor traces an item by it, and the reviewer deletes them all at once before pasting.
 * Dated {@code date}, so the same section gives the same bytes.
 */
public final class SectionDocx {

    private final String fingerprint;
    private final LocalDate date;

    public SectionDocx(String fingerprint, LocalDate date) {
        this.fingerprint = fingerprint;
        this.date = date;
    }

    public byte[] write(Section section) {
        LocalDateTime written = date.atStartOfDay();
        try (XWPFDocument doc = OfficialDocx.create(section.title(), "jixiao", written)) {
            XWPFComments comments = doc.createComments();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(written.toInstant(ZoneOffset.UTC).toEpochMilli());
            OfficialDocx.paragraph(doc, "Heading1", null, section.title());
            int id = 0;
            for (Section.Part part : section.parts()) {
                OfficialDocx.paragraph(doc, "Heading2", null, part.heading());
                if (part.items().isEmpty()) {
                    OfficialDocx.paragraph(doc, null, ParagraphAlignment.BOTH, part.none());
                }
                int n = 1;
                for (Section.Item item : part.items()) {
                    commented(doc, comments, BigInteger.valueOf(id++), when, (n++) + ". " + item.text(),
                            String.join("、", item.ruleIds()) + " · jixiao " + fingerprint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
            OfficialDocx.write(doc, written, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the Word file could not be written in memory", e);
        }
    }

    /** A paragraph whose whole text is the range of one comment. */
    private static void commented(XWPFDocument doc, XWPFComments comments, BigInteger id, Calendar when, String text,
                                  String note) {
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor("jixiao");
        comment.setInitials("JX");
        comment.setDate(when);
        comment.createParagraph().createRun().setText(note);
        XWPFParagraph p = OfficialDocx.paragraph(doc, null, ParagraphAlignment.BOTH);
        CTP ctp = p.getCTP();
        ctp.addNewCommentRangeStart().setId(id);
        p.createRun().setText(text);
        ctp.addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
    }
}
