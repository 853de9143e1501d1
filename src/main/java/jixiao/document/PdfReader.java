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
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF report with a text layer, read page by page with PDFBox: each line located as 第P页第L行. Text set apart
 * on a line by a gap (table cells) is parted by a tab, so that tables read as tables. A line that heads or foots
 * several pages alike (the office's name) is the page's furniture and is left out, as page numbers are.
 */
final class PdfReader {

    /** A self-evaluation report runs to a few dozen pages; a longer file is refused rather than read for minutes. */
    static final int MAX_PAGES = 150;

    private PdfReader() {
    }

    static List<TextLine> read(Path file) throws IOException, BadInputException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new BadInputException(file + ": too many pages (" + pages + "; a self-evaluation report has at "
                        + "most " + MAX_PAGES + "): is this the right file?");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setWordSeparator("\t");
            stripper.setLineSeparator("\n");
            List<List<String>> byPage = new ArrayList<>();
            int characters = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                characters += text.strip().length();
                List<String> lines = new ArrayList<>();
                for (String l : TextFile.lines(text)) {
                    if (!l.isBlank()) {
                        lines.add(l.strip());
                    }
                }
                byPage.add(lines);
            }
            if (characters == 0) {
                throw new BadInputException(file + ": no text layer (a scanned PDF?): OCR is not supported; give the "
                        + "report as .docx or as a PDF saved from Word");
            }
            return lines(byPage);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file + ": the PDF is encrypted with a password; save an unprotected copy");
        }
    }

    private static List<TextLine> lines(List<List<String>> byPage) {
        Map<String, Integer> heads = new HashMap<>();
        for (List<String> page : byPage) {
            if (!page.isEmpty()) {
                heads.merge(page.get(0), 1, Integer::sum);
                if (page.size() > 1) {
                    heads.merge(page.get(page.size() - 1), 1, Integer::sum);
                }
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (int p = 0; p < byPage.size(); p++) {
            List<String> page = byPage.get(p);
            for (int l = 0; l < page.size(); l++) {
                String text = page.get(l);
                boolean edge = l == 0 || l == page.size() - 1;
                if (edge && byPage.size() > 1 && heads.getOrDefault(text, 0) > 1) {
                    continue;
                }
                out.add(new TextLine(text.replace('\t', ' ').isBlank() ? "" : text,
                        Locator.label("第" + (p + 1) + "页第" + (l + 1) + "行")));
            }
        }
        return out;
    }
}
