package jixiao.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jixiao.load.BadInputException;
import jixiao.load.DocumentParser;

/**
 * Reads any report file into a {@link Document}: text (.md, .markdown, .txt, .csv), Word (.docx), Excel (.xlsx,
 * .xls) or PDF. The Word, Excel and PDF libraries are loaded only when such a file is read. A file that cannot be
 * read (encrypted, damaged, an old .doc under a new name, a zip bomb) is one line naming the file and why.
 */
public final class DocumentReader {

    private final TextLayouts layouts;

    public DocumentReader(TextLayouts layouts) {
        this.layouts = layouts;
    }

    public static boolean isText(Path file) {
        String n = name(file);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".txt") || n.endsWith(".csv");
    }

    public static boolean isOffice(Path file) {
        String n = name(file);
        return n.endsWith(".docx") || n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".pdf")
                || n.endsWith(".doc");
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    public Document read(Path file) throws BadInputException {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, a text taken from {@code content}, the file's bytes as {@link DocumentParser#read} gave
     * them (null: read here). Word, Excel and PDF files are read by their libraries from the file itself.
     */
    public Document read(Path file, byte[] content) throws BadInputException {
        String n = name(file);
        if (isText(file)) {
            return new TextFile(layouts).read(file, content != null ? content : DocumentParser.read(file));
        }
        DocumentParser.requireFile(file);
        byte[] head = head(file);
        try {
            // The same bound as a text report's: a report of more is not a report, and POI and PDFBox are not given it.
            DocumentParser.checkSize(file, Files.size(file));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (n.endsWith(".pdf")) {
            if (!startsWith(head, "%PDF")) {
                throw new BadInputException(file + ": not a PDF file (it does not start with %PDF)");
            }
            List<Block> lines;
            try {
                lines = PdfReader.read(file);
            } catch (IOException | RuntimeException e) {
                throw new BadInputException(file + ": damaged: not a PDF file that can be read ("
                        + firstLine(String.valueOf(e.getMessage())) + ")");
            }
            return document(file, layouts.blocksOf(lines));
        }
        try {
            if (n.endsWith(".doc")) {
                throw new BadInputException(file + ": an old Word (.doc) file; open it in Word or WPS and save it as "
                        + ".docx, then check the .docx");
            }
            if (isOle2(head)) {
                if (n.endsWith(".docx") || n.endsWith(".xlsx")) {
                    if (Ole2.isEncrypted(file)) {
                        throw new BadInputException(file + ": the file is encrypted with a password; save an "
                                + "unprotected copy");
                    }
                    if (n.endsWith(".docx")) {
                        throw new BadInputException(file + ": an old Word (.doc) or other Office 97-2003 file named "
                                + ".docx; open it in Word or WPS and save it as .docx");
                    }
                }
            } else if (!startsWith(head, "PK")) {
                throw new BadInputException(file + ": not a " + n.substring(n.lastIndexOf('.') + 1)
                        + " file (no Office file signature); is it another kind of file renamed?");
            }
            if (n.endsWith(".docx")) {
                return document(file, DocxReader.read(file));
            }
            ZipLimits.inForce();
            try (InputStream in = Files.newInputStream(file)) {
                return document(file, new SheetReader(layouts.headerWords()).read(file, in));
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": " + why(e, n.endsWith(".docx") ? "Word" : "Excel"));
        }
    }

    private static Document document(Path file, List<Block> blocks) {
        return new Document(file.getFileName().toString(), blocks, List.of());
    }

    /**
     * POI's guards against a zip bomb, set before POI first opens a file rather than trusted to its defaults: an entry
     * that inflates to more than 100 times its compressed size (past the first 100 KB), an entry of more than 64 MB,
     * more than 1,000 entries, or more than 10 million characters of text in one part is refused as it is read, long
     * before it fills the memory. A Word or Excel report holds a few parts of a few megabytes at most.
     */
    private static final class ZipLimits {
        static {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
            org.apache.poi.openxml4j.util.ZipSecureFile.setGraceEntrySize(100 * 1024);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(1000);
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
        }

        static void inForce() {
            // Loading the class sets the limits, once.
        }
    }

    /** A one-line reason from what POI threw reading a {@code kind} (Word, Excel) file. */
    private static String why(Exception e, String kind) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        for (Throwable c = e; c != null; c = c.getCause()) {
            String cm = String.valueOf(c.getMessage());
            if (cm.contains("Zip bomb") || cm.contains("potentially malicious") || cm.contains("ZipSecureFile")) {
                return "refused as a zip bomb: a part of it would expand far beyond the file's size (or it holds more "
                        + "parts than any " + kind + " file does); reading was stopped";
            }
        }
        if (e instanceof org.apache.poi.EncryptedDocumentException) {
            return "the file is encrypted with a password; save an unprotected copy";
        }
        if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                || e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException
                || lower.contains("zip") || lower.contains("truncated") || lower.contains("end of")) {
            return "damaged: not a complete " + kind + " file (" + firstLine(m) + ")";
        }
        return "could not be read: " + firstLine(m);
    }

    /** The first line of a library's message, without the names of its classes. */
    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return jixiao.load.LibraryWords.plain((nl < 0 ? m : m.substring(0, nl)).strip());
    }

    private static byte[] head(Path file) throws BadInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWith(byte[] head, String magic) {
        byte[] m = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (head.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }
}
