package jixiao.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.function.BiPredicate;

/**
 * The reports a batch names: files as given, and every report file under a folder, in the order of their paths'
 * bytes (for UTF-8 file names, the order of their characters' code points).
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md")
                || name.endsWith(".markdown") || name.endsWith(".txt") || name.endsWith(".csv")
                || name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".pdf");
    }

    /**
     * The reports; the first of them (in their order) that the listing's test named the output, else null; and the
     * folders named that hold no report at all (most often a mistyped or wrong folder).
     */
    public record Listing(List<Path> files, Path output, List<Path> emptyFolders) {
    }

    /**
     * Expands folders; a path that does not exist is kept, so that it is reported as bad input in its turn.
     * {@code isOutput} is asked of every report with the file key (device and inode) the walk read on the way, or null
     * for a file named as given: so telling whether the output is among them costs no second look at each file, and
     * no key is kept. The listing holds each report as little more than its path's text (about 85 bytes for a
     * 35-character path), so a million reports take tens of megabytes. {@code found} counts the reports as they are
     * found, for a progress display.
     */
    public static Listing list(List<Path> inputs, BiPredicate<Path, Object> isOutput,
                               java.util.concurrent.atomic.AtomicInteger found) throws IOException {
        List<Object> entries = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        Path[] output = {null};
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                int from = entries.size();
                Path[] clash = {null};
                // The walk hands over the attributes it read anyway. Those are a link's own, so a link is looked at
                // again for what it points to.
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (isReport(file)) {
                            BasicFileAttributes read = attributes.isSymbolicLink() ? targetOf(file) : attributes;
                            if (read != null && read.isRegularFile()) {
                                entries.add(held(file));
                                found.incrementAndGet();
                                if (isOutput.test(file, read.fileKey())) {
                                    clash[0] = first(clash[0], file);
                                }
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A sub-folder that cannot be read is one bad report in the batch, not the end of it: it is
                        // listed, and reading it in its turn says why.
                        entries.add(file);
                        found.incrementAndGet();
                        return FileVisitResult.CONTINUE;
                    }
                });
                entries.subList(from, entries.size()).sort(IN_PATH_ORDER);
                if (output[0] == null) {
                    output[0] = clash[0];
                }
                if (entries.size() == from) {
                    empty.add(p);
                }
            } else {
                entries.add(p);
                found.incrementAndGet();
                if (output[0] == null && isOutput.test(p, null)) {
                    output[0] = p;
                }
            }
        }
        return new Listing(new Held(entries.toArray()), output[0], List.copyOf(empty));
    }

    private static BasicFileAttributes targetOf(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // a dangling link is no report
        }
    }

    private static Path first(Path a, Path b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    /** Whether file names are UTF-8 here: then the order of their text's code points is the order of their bytes. */
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    /**
     * A report as held in the listing: its path's text where that text names the same file again and sorts as its
     * bytes do (ASCII anywhere, any text where file names are UTF-8), else the path itself: a name the platform's
     * encoding cannot decode, any name beyond ASCII under another encoding, a path of another file system.
     */
    private static Object held(Path file) {
        String text = file.toString();
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return file;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                try {
                    return UTF8_NAMES && Path.of(text).equals(file) ? text : file;
                } catch (InvalidPathException e) {
                    return file; // the text of an undecodable name (U+FFFD) encodes to no name at all
                }
            }
        }
        return text; // plain ASCII encodes back to the same bytes in every encoding a platform's file names use
    }

    /**
     * The listing's order, a path's bytes as {@link Path#compareTo} orders them, as it always was: two texts by their
     * code points (the same order, see {@link #held}), anything else as paths.
     */
    private static final Comparator<Object> IN_PATH_ORDER = (a, b) -> a instanceof String x && b instanceof String y
            ? ReportFiles.IN_CODE_POINT_ORDER.compare(x, y) : asPath(a).compareTo(asPath(b));

    private static Path asPath(Object held) {
        return held instanceof Path p ? p : Path.of((String) held);
    }

    /**
     * Strings by their code points. Java's own order is by UTF-16 units, which puts a character beyond U+FFFF (two
     * surrogates, U+D800–DFFF) before U+E000–FFFF; moving the surrogates above those puts it after, where it belongs.
     */
    static final Comparator<String> IN_CODE_POINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x >= 0xD800 && y >= 0xD800 ? inCodePointOrder(x) - inCodePointOrder(y) : x - y;
            }
        }
        return a.length() - b.length();
    };

    private static int inCodePointOrder(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** The listing's reports, each made a path again when asked for. */
    private static final class Held extends AbstractList<Path> implements RandomAccess {
        private final Object[] entries;

        Held(Object[] entries) {
            this.entries = entries;
        }

        @Override
        public Path get(int index) {
            return entries[index] instanceof Path p ? p : Path.of((String) entries[index]);
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
