package jixiao.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jixiao.batch.BatchLine;

/**
 * An uploaded file's name: as the page shows it (its last part, or in a batch its whole path, control characters dropped, at most 240 characters)
 * and as it is stored for the moment of reading (a random name with the upload's extension if it is a report's,
 * else none, which the reader refuses by name). The name a request gives never becomes a path.
 */
record UploadName(String shown, String storedAs) {

    private static final Set<String> KINDS = Set.of("json", "yaml", "yml", "md", "markdown", "txt", "csv", "docx",
            "xlsx", "xls", "pdf");

    static UploadName of(String requested) {
        String name = requested == null ? "" : requested;
        return shown(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
    }

    /** A report of a batch: shown with its folders (reports.zip!2021/a.docx), to tell reports of one name apart. */
    static UploadName inBatch(String requested) {
        return shown(requested == null ? "" : requested);
    }

    private static UploadName shown(String given) {
        String name = given.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > 240) {
            name = name.substring(0, 240);
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "report";
        }
        int dot = name.lastIndexOf('.');
        if (dot < Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'))) {
            dot = -1;
        }
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return new UploadName(name, UUID.randomUUID() + (KINDS.contains(ext) ? "." + ext : ""));
    }

    /** Messages about the stored file, naming the upload instead. */
    List<String> named(List<String> messages, Path stored) {
        String path = stored.toString();
        return messages.stream().map(m -> m.replace(path, shown)).toList();
    }

    BatchLine named(BatchLine line, Path stored) {
        return new BatchLine(shown, line.status(), line.department(), line.project(), line.year(), line.total(),
                line.grade(), line.counts(), line.findings(), line.errors() == null ? null : named(line.errors(), stored),
                line.warnings() == null ? null : named(line.warnings(), stored));
    }
}
