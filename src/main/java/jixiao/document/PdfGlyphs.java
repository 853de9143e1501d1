package jixiao.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every character a page shows, with where it stands (points from the page's top left) and its size. */
final class PdfGlyphs extends PDFTextStripper {

    /** One character: its text, left edge, baseline, width and font size. */
    record Glyph(String text, float x, float baseline, float width, float size) {
        float right() {
            return x + width;
        }

        /** The middle of the character's height, for telling which table row it sits in. */
        float middle() {
            return baseline - size * 0.35f;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    PdfGlyphs() throws IOException {
        super();
    }

    /** The characters of page {@code number} (from 1). */
    List<Glyph> of(PDDocument doc, int number) throws IOException {
        glyphs.clear();
        setStartPage(number);
        setEndPage(number);
        getText(doc);
        return new ArrayList<>(glyphs);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode() == null ? null : jixiao.load.ZeroWidth.strip(t.getUnicode());
        if (u == null || u.isEmpty()) {
            return;
        }
        float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir();
        glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
    }

    /** Every operator of a page's content checks the report's time limit: a page of millions of them is stopped. */
    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                   java.util.List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
        jixiao.load.TimeLimit.check();
        super.processOperator(operator, operands);
    }
}
