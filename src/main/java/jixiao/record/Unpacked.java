package jixiao.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A record's rules and input files unpacked into a private folder for a replay: the rules under a folder of the
 * recorded name (traces name rule files by it), each input where its entry says, and the names to show them by.
 */
public record Unpacked(Path rulesDir, List<Input> inputs, ShownNames names) {

    /** A file or folder the recorded run was given, and where the replay reads it. */
    public record Input(String given, String role, Path path) {
    }

    /** Unpacks {@code record}, described by {@code run}, under {@code dir} (an empty folder). */
    public static Unpacked of(RecordFile record, RunDescription run, Path dir) throws RecordException, IOException {
        Path rules = dir.resolve("rules").resolve(safeFolder(record, run.rules().folder()));
        Files.createDirectories(rules);
        for (String entry : run.rules().files()) {
            String name = entry.startsWith(RecordedRules.FOLDER) ? entry.substring(RecordedRules.FOLDER.length()) : "";
            if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
                throw new RecordException(record.path() + ": entry " + entry + ": not a rule file's name");
            }
            Files.write(rules.resolve(name), record.read(entry));
        }
        for (String name : record.names()) {
            if (name.startsWith(InputNames.FOLDER)) {
                Files.write(place(record, name, dir), record.read(name));
            }
        }
        for (String part : record.names()) {
            if (!BatchRecord.isInputPart(part)) {
                continue;
            }
            try (ZipInputStream zip = new ZipInputStream(BatchRecord.partContent(record.stream(part)))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    try (OutputStream out = Files.newOutputStream(place(record, e.getName(), dir))) {
                        zip.transferTo(out);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new RecordException(record.path() + ": entry " + part + " is damaged (" + e.getMessage() + ")");
            }
        }
        List<Input> inputs = new ArrayList<>();
        ShownNames names = ShownNames.AS_GIVEN;
        for (RunDescription.Input in : run.inputs()) {
            if (!InputNames.isSafe(in.entry())) {
                throw new RecordException(record.path() + ": " + RunDescription.NAME + ": input " + in.entry()
                        + " is not a name a record gives");
            }
            Path path = dir.resolve(in.entry());
            if (!Files.exists(path)) {
                Files.createDirectories(path); // a folder the recorded run found no report in
            }
            inputs.add(new Input(in.given(), in.role(), path));
            names = names.with(path, in.given());
        }
        return new Unpacked(rules, List.copyOf(inputs), names);
    }

    private static String safeFolder(RecordFile record, String folder) throws RecordException {
        if (folder == null || folder.isEmpty() || folder.contains("/") || folder.contains("\\") || folder.startsWith(".")) {
            throw new RecordException(record.path() + ": " + RunDescription.NAME + ": rules folder '" + folder
                    + "' is not a folder's name");
        }
        return folder;
    }

    /** Where an input entry is unpacked, its folders made; a name that would leave {@code dir} is refused. */
    private static Path place(RecordFile record, String name, Path dir) throws RecordException, IOException {
        if (!InputNames.isSafe(name)) {
            throw new RecordException(record.path() + ": entry " + name + " is not a name a record gives");
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return file;
    }
}
