package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jixiao.ChildJvm;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limit holds for reading a report, not only for its rules: a text under the size limit that is slow to
 * extract (a run of millions of digits, in a text, a Word or a PDF file) ends with exit 3 naming the file soon after
 * the limit (here 1 s, by {@code -Djixiao.readSeconds}); in a batch that report is marked time-limit and the others
 * are checked.
 */
class ReadTimeLimitTest {

    private static final int LIMIT = 1;
    /** The limit, a JVM's start and the rules' load on a busy machine. */
    private static final int MARGIN = 12;

    @TempDir
    static Path dir;

    static Path text;
    static Path docx;
    static Path pdf;

    @BeforeAll
    static void slowReports() throws Exception {
        // Numbers without end (3.7.1.9.…): every digit starts a number that could take a unit, millions of them, tens
        // of seconds to read (16 MB of a run of digits took hours once; that run now reads in seconds). Drawn at
        // random, so that a Word file of them does not compress like a zip bomb.
        java.util.SplittableRandom r = new java.util.SplittableRandom(23);
        StringBuilder run = new StringBuilder("资金到位");
        r.ints(3_000_000, '0', '9' + 1).forEach(c -> run.append((char) c).append('.'));
        String digits = run.toString();
        text = Files.writeString(dir.resolve("digits.md"), digits);
        docx = dir.resolve("digits.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText(digits.substring(0, 1_500_000));
            doc.write(out);
        }
        pdf = dir.resolve("digits.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                for (int i = 0; i < 400; i++) {
                    s.newLineAtOffset(0, 0);
                    s.showText("1".repeat(2_000));
                }
                s.endText();
            }
            doc.save(pdf.toFile());
        }
    }

    private record Run(int code, String out, String err, long seconds) {
    }

    private static Run jixiao(String... args) throws Exception {
        ProcessBuilder b = ChildJvm.jixiao(args);
        b.command().add(1, "-Djixiao.readSeconds=" + LIMIT);
        Path out = Files.createTempFile(dir, "out", ".txt");
        long start = System.nanoTime();
        Process p = b.redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.destroyForcibly();
        assertThat(ended).as("the run ended").isTrue();
        return new Run(p.exitValue(), Files.readString(out), err, (System.nanoTime() - start) / 1_000_000_000);
    }

    @Test
    void aTextSlowToReadEndsAtTheLimit() throws Exception {
        for (Path report : new Path[] {text, docx, pdf}) {
            Run run = jixiao("check", report.toString());
            assertThat(run.code()).as(report + ": " + run.err()).isEqualTo(3);
            assertThat(run.err()).contains(report + ": reading stopped at the time limit of 1 s")
                    .doesNotContain("Exception");
            assertThat(run.seconds()).as(report.toString()).isLessThan(LIMIT + MARGIN);
        }
    }

    @Test
    void extractObeysTheLimitToo() throws Exception {
        Run run = jixiao("extract", text.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.seconds()).isLessThan(LIMIT + MARGIN);
    }

    @Test
    void inABatchThatReportIsMarkedAndTheOthersChecked() throws Exception {
        Run run = jixiao("check", text.toString(), "fixtures/leshan-2021/report.json", "--format", "jsonl");
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("\"status\":\"time-limit\"").contains("\"status\":\"ok\"");
        assertThat(run.seconds()).isLessThan(LIMIT + MARGIN);
    }
}
