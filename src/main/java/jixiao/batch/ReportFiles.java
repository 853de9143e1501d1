package jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports a batch names: files as given, and every report file under a folder, in name order. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md")
                || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    /**
     * The reports, and beside each the file system's key of the file it reads (device and inode) where the listing
     * learnt it, else null: so that checking the output is none of them needs no second look at each.
     */
    public record Listing(List<Path> files, List<Object> keys) {
    }

    /**
     * Expands folders, with the keys the walk read on the way; a path that does not exist is kept, so that it is
     * reported as bad input in its turn.
     */
    public static Listing list(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Found> found = new ArrayList<>();
                // The walk hands over the attributes it read anyway: one look at each file, not two. Those
                // attributes are a link's own, so a link is looked at again for what it points to.
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (isReport(file)) {
                            if (attributes.isRegularFile()) {
                                found.add(new Found(file, attributes.fileKey()));
                            } else if (attributes.isSymbolicLink()) {
                                BasicFileAttributes target = targetOf(file);
                                if (target != null && target.isRegularFile()) {
                                    found.add(new Found(file, target.fileKey()));
                                }
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(java.util.Comparator.comparing(Found::file));
                for (Found f : found) {
                    files.add(f.file());
                    keys.add(f.key());
                }
            } else {
                files.add(p);
                keys.add(null);
            }
        }
        return new Listing(files, keys);
    }

    private record Found(Path file, Object key) {
    }

    private static BasicFileAttributes targetOf(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // a dangling link is no report
        }
    }
}
