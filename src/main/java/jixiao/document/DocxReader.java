package jixiao.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word (.docx) report: its body's paragraphs (第N段) and tables as tables (表K 第R行 第C列), read from
 * {@code word/document.xml} with the JDK's streaming XML parser. (A full document model, Apache POI's, cost three
 * quarters of a Word check and brought nothing more that is read here.) A cell spanning columns is followed by blank
 * cells for the columns it covers, so that every row's cells stand under their headers; a cell merged down rows
 * gives its text to the rows below it. Headers and footers (the office's name, page numbers) are parts of their own
 * and not the report's text. The part is refused, not inflated, when it would be a zip bomb.
 */
final class DocxReader {

    /** The largest {@code document.xml} read, and how far past its compressed size it may inflate. */
    static final long MAX_PART = 64L * 1024 * 1024;
    private static final long RATIO = 100;
    private static final long GRACE = 100 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        // No DTD and no external entity: a report's XML is data, never instructions to fetch or expand.
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private DocxReader() {
    }

    static List<Block> read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry("word/document.xml");
            if (part == null) {
                throw new IOException("no word/document.xml: not a Word document");
            }
            long size = part.getSize();
            long packed = part.getCompressedSize();
            if (size > MAX_PART || size > GRACE && packed > 0 && size > packed * RATIO) {
                throw new IOException("Zip bomb detected: word/document.xml would inflate to " + size + " bytes");
            }
            try (InputStream in = new Bounded(zip.getInputStream(part), MAX_PART)) {
                return new Body().read(XML.createXMLStreamReader(in));
            } catch (XMLStreamException e) {
                throw new IOException("damaged word/document.xml: " + e.getMessage(), e);
            }
        }
    }

    /** The body's paragraphs and tables as they are met. */
    private static final class Body {
        private final List<Block> out = new ArrayList<>();
        private int paragraph;
        private int tables;
        private int tableDepth;
        private StringBuilder text;
        private String style;
        // The outermost table being read.
        private List<Table.Row> rows;
        private List<Table.Cell> row;
        private List<Table.Cell> above = List.of();
        private StringBuilder cell;
        private int span;
        private boolean continued;
        private int column;

        List<Block> read(XMLStreamReader x) throws XMLStreamException {
            while (x.hasNext()) {
                jixiao.load.TimeLimit.check();
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(x);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(x.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS && text != null && inText) {
                    text.append(jixiao.load.ZeroWidth.strip(x.getText()));
                }
            }
            return out;
        }

        private boolean inText;

        private void start(XMLStreamReader x) {
            switch (x.getLocalName()) {
                case "p" -> {
                    text = new StringBuilder();
                    style = null;
                }
                case "pStyle" -> style = attribute(x, "val");
                case "t" -> inText = true;
                case "tab" -> append("\t");
                case "br", "cr" -> append("\n");
                case "tbl" -> {
                    tableDepth++;
                    if (tableDepth == 1) {
                        tables++;
                        rows = new ArrayList<>();
                        above = List.of();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        row = new ArrayList<>();
                        column = 0;
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        cell = new StringBuilder();
                        span = 1;
                        continued = false;
                    }
                }
                case "gridSpan" -> {
                    if (tableDepth == 1) {
                        span = Math.max(1, parse(attribute(x, "val")));
                    }
                }
                case "vMerge" -> {
                    if (tableDepth == 1) {
                        String v = attribute(x, "val");
                        continued = v == null || v.equals("continue");
                    }
                }
                default -> {
                }
            }
        }

        private void end(String name) {
            switch (name) {
                case "t" -> inText = false;
                case "p" -> endParagraph();
                case "tc" -> {
                    if (tableDepth == 1) {
                        endCell();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        rows.add(new Table.Row(row, Locator.label("表" + tables + " 第" + (rows.size() + 1) + "行")));
                        above = row;
                    }
                }
                case "tbl" -> {
                    if (tableDepth == 1) {
                        out.add(new Table(rows));
                    }
                    tableDepth--;
                }
                default -> {
                }
            }
        }

        private void append(String s) {
            if (text != null) {
                text.append(s);
            }
        }

        private void endParagraph() {
            String t = text == null ? "" : text.toString();
            text = null;
            if (tableDepth > 0) {
                if (cell != null) {
                    cell.append(cell.length() == 0 ? "" : "\n").append(t);
                }
                return;
            }
            paragraph++;
            String line = isHeading(style) && !t.isBlank() ? "# " + t.strip() : t;
            // Word ends a paragraph where the text file has a blank line after it.
            out.add(new TextLine(line, Locator.label("第" + paragraph + "段")));
            out.add(new TextLine("", Locator.label("第" + paragraph + "段")));
        }

        private void endCell() {
            column++;
            int r = rows.size() + 1;
            int index = row.size();
            if (continued && index < above.size()) {
                row.add(above.get(index));
            } else {
                row.add(new Table.Cell(cell.toString().strip(),
                        Locator.label("表" + tables + " 第" + r + "行 第" + column + "列")));
            }
            for (int k = 1; k < span; k++) {
                column++;
                row.add(new Table.Cell("", Locator.label("表" + tables + " 第" + r + "行 第" + column + "列")));
            }
            cell = null;
        }
    }

    private static String attribute(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A paragraph in one of Word's heading or title styles (标题 1, Heading1, Title, or a numbered style id). */
    private static boolean isHeading(String style) {
        if (style == null) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT);
        return s.startsWith("heading") || s.startsWith("title") || s.startsWith("标题") || s.matches("\\d");
    }

    /** A stream that fails past {@code limit} bytes, whatever the zip's header claimed. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            left -= n;
            if (left < 0) {
                throw new IOException("Zip bomb detected: word/document.xml inflates past " + MAX_PART + " bytes");
            }
        }
    }
}
