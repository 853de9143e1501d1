package jixiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jixiao.load.ReportReader;
import jixiao.model.Report;

/** The reports the warm benchmarks run on: the first {@code count} JSON reports of a folder, in name order, parsed. */
public final class ParsedReports {

    private ParsedReports() {
    }

    public static List<Report> firstJson(Path dir, int count) throws Exception {
        ReportReader reader = new ReportReader();
        List<Report> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().limit(count).toList()) {
                out.add(reader.read(f));
            }
        }
        return out;
    }
}
