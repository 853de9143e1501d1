package jixiao.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.load.BadInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF report with a text layer, read page by page with PDFBox: lines located as 第P页第L行, and tables drawn
 * with rules rebuilt as tables from the rules and the characters' positions ({@link PdfPageLayout}), their cells
 * located as 第P页表K 第R行 第C列. A line that heads or foots several pages alike (the office's name) is the page's
 * furniture and is left out, as page numbers are.
 */
final class PdfReader {

    /** A self-evaluation report runs to a few dozen pages; a longer file is refused rather than read for minutes. */
    static final int MAX_PAGES = 150;

    private PdfReader() {
    }

    static List<Block> read(Path file) throws IOException, BadInputException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new BadInputException(file + ": too many pages (" + pages + "; a self-evaluation report has at "
                        + "most " + MAX_PAGES + "): is this the right file?");
            }
            PdfGlyphs glyphs = new PdfGlyphs();
            List<List<PdfPageLayout.Item>> byPage = new ArrayList<>();
            int characters = 0;
            int[] tables = {0};
            for (int p = 1; p <= pages; p++) {
                jixiao.load.TimeLimit.check();
                List<PdfGlyphs.Glyph> chars = glyphs.of(doc, p);
                characters += chars.size();
                PDPage page = doc.getPage(p - 1);
                PdfRulings rulings = new PdfRulings(page);
                rulings.processPage(page);
                int number = p;
                byPage.add(PdfPageLayout.items(chars, rulings.segments(),
                        k -> "第" + number + "页表" + (++tables[0])));
            }
            if (characters == 0) {
                throw new BadInputException(file + ": no text layer (a scanned PDF?): OCR is not supported; give the "
                        + "report as .docx or as a PDF saved from Word");
            }
            return blocks(byPage);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file + ": the PDF is encrypted with a password; save an unprotected copy");
        }
    }

    /** The pages' lines and tables in order; a line that heads or foots several pages alike is left out. */
    private static List<Block> blocks(List<List<PdfPageLayout.Item>> byPage) {
        Map<String, Integer> heads = new HashMap<>();
        for (List<PdfPageLayout.Item> page : byPage) {
            List<PdfPageLayout.Item> lines = page.stream().filter(i -> i.line() != null).toList();
            if (!lines.isEmpty()) {
                heads.merge(lines.get(0).line().strip(), 1, Integer::sum);
                if (lines.size() > 1) {
                    heads.merge(lines.get(lines.size() - 1).line().strip(), 1, Integer::sum);
                }
            }
        }
        List<Block> out = new ArrayList<>();
        for (int p = 0; p < byPage.size(); p++) {
            List<PdfPageLayout.Item> page = byPage.get(p);
            List<PdfPageLayout.Item> lines = page.stream().filter(i -> i.line() != null).toList();
            int l = 0;
            for (PdfPageLayout.Item item : page) {
                if (item.table() != null) {
                    out.add(item.table());
                    continue;
                }
                l++;
                String text = item.line().strip();
                boolean edge = item == lines.get(0) || item == lines.get(lines.size() - 1);
                if (edge && byPage.size() > 1 && heads.getOrDefault(text, 0) > 1) {
                    continue;
                }
                out.add(new TextLine(item.line().stripTrailing(), Locator.label("第" + (p + 1) + "页第" + l + "行")));
            }
        }
        return out;
    }
}
