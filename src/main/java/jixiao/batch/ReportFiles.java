package jixiao.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The reports a batch names: files as given, and every report file under a folder, in name order. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md")
                || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    /** Expands folders; a path that does not exist is kept, so that it is reported as bad input in its turn. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                // Files.find hands over the attributes the walk read anyway: one look at each file, not two. Those
                // attributes are the link's own, so a link is looked at again for what it points to.
                try (Stream<Path> found = Files.find(p, Integer.MAX_VALUE, (file, attributes) -> isReport(file)
                        && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)))) {
                    found.sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
