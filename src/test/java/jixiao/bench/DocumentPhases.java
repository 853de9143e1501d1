package jixiao.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import jixiao.batch.BatchChecker;
import jixiao.document.DocumentReader;
import jixiao.engine.RuleBase;
import jixiao.extract.ExtractionPatterns;
import jixiao.extract.Extractor;
import jixiao.extract.ReportInput;
import jixiao.load.RuleSetLoader;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Warm cost per Word report of each step of reading and checking it, on one thread: rounds over the same files, then
 * the median of the later rounds in microseconds per report. Each step includes the ones before it, but for the
 * first two, which are what a reader costs at least: the zip's entries inflated, and word/document.xml's text
 * collected with the JDK's streaming parser (StAX). Usage: DocumentPhases REPORTS_DIR COUNT ROUNDS
 */
public final class DocumentPhases {

    private DocumentPhases() {
    }

    interface Step {
        void run(Path file) throws Exception;
    }

    static long sink;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".docx")).sorted().limit(count).toList();
        }
        Path rulesDir = Path.of("rules");
        RuleBase rules = RuleBase.compile(new RuleSetLoader().load(rulesDir));
        Extractor extractor = new Extractor(ExtractionPatterns.load(rulesDir.resolve(RuleSetLoader.EXTRACTION_FILE)));
        DocumentReader reader = new DocumentReader(extractor.layouts());
        ReportInput input = new ReportInput(rulesDir);
        BatchChecker checker = new BatchChecker(rules, rulesDir, "zh", List.of(), LocalDate.of(2026, 1, 1), 1, "bench");
        XMLInputFactory stax = XMLInputFactory.newFactory();

        List<String> names = List.of("unzip (all entries inflated)", "StAX text of document.xml",
                "POI XWPFDocument opened", "POI + every paragraph's and cell's text", "DocumentReader.read",
                "ReportInput.read (+ extraction, facts)", "BatchChecker.check (+ rules, result)");
        List<Step> steps = List.of(
                f -> {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        byte[] buffer = new byte[1 << 14];
                        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                            try (InputStream in = zip.getInputStream(e)) {
                                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                                    sink += n;
                                }
                            }
                        }
                    }
                },
                f -> {
                    try (ZipFile zip = new ZipFile(f.toFile());
                         InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
                        XMLStreamReader x = stax.createXMLStreamReader(in);
                        StringBuilder text = new StringBuilder();
                        while (x.hasNext()) {
                            int event = x.next();
                            if (event == XMLStreamConstants.CHARACTERS) {
                                text.append(x.getText());
                            } else if (event == XMLStreamConstants.END_ELEMENT
                                    && ("p".equals(x.getLocalName()) || "tc".equals(x.getLocalName()))) {
                                text.append('\n');
                            }
                        }
                        sink += text.length();
                    }
                },
                f -> {
                    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(f))) {
                        sink += doc.getBodyElements().size();
                    }
                },
                f -> {
                    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(f))) {
                        for (IBodyElement e : doc.getBodyElements()) {
                            if (e instanceof XWPFParagraph p) {
                                sink += p.getText().length();
                            } else if (e instanceof XWPFTable t) {
                                for (XWPFTableRow row : t.getRows()) {
                                    for (XWPFTableCell cell : row.getTableCells()) {
                                        sink += cell.getText().length();
                                    }
                                }
                            }
                        }
                    }
                },
                f -> sink += reader.read(f).hashCode(),
                f -> sink += input.read(f).hashCode(),
                f -> sink += checker.check(f).hashCode());

        double[][] perRound = new double[steps.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < steps.size(); s++) {
                long t = System.nanoTime();
                for (Path f : files) {
                    steps.get(s).run(f);
                }
                perRound[s][round] = (System.nanoTime() - t) / 1e3 / files.size();
            }
        }
        System.out.printf("%d Word reports, one thread, µs a report (median of rounds %d–%d; first round)%n",
                files.size(), rounds / 2 + 1, rounds);
        for (int s = 0; s < steps.size(); s++) {
            double[] late = Arrays.copyOfRange(perRound[s], rounds / 2, rounds);
            Arrays.sort(late);
            System.out.printf("  %-42s %8.0f   (%.0f)%n", names.get(s), late[late.length / 2], perRound[s][0]);
        }
    }
}
