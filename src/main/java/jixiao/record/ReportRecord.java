package jixiao.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jixiao.load.RuleSet;

/**
 * The record of one report's check, gathered in memory (a report, its rules and outputs are small) and written in
 * name order: {@code input/…} the files as given, {@code output/…} what the check wrote, {@code record.json},
 * {@code rules/…}, then the manifest.
 */
public final class ReportRecord {

    public static final String OUTPUT = "output/";

    private final Map<String, byte[]> entries = new TreeMap<>();
    private final List<RunDescription.Input> inputs = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();

    /** A file the check read ({@code role}: report, form or waivers), kept as it is on disk, named as given. */
    public void input(String role, String given, Path file) throws IOException {
        String entry = InputNames.entry(given);
        entries.put(entry, Files.readAllBytes(file));
        inputs.add(new RunDescription.Input(given, role, entry));
    }

    /** An output of the check, which a replay must make again: {@code name} under {@code output/}. */
    public void output(String name, String text) {
        entries.put(OUTPUT + name, text.getBytes(StandardCharsets.UTF_8));
        outputs.add(OUTPUT + name);
    }

    /** Writes the record: the run as {@code options} describe it, with {@code set}'s files. */
    public void write(OutputStream out, RuleSet set, String tool, String command, RunDescription.Options options,
                      String delivered, int exit, Path signingKey) throws IOException, RecordException {
        RecordedRules rules = RecordedRules.of(set);
        Map<String, byte[]> all = new TreeMap<>(entries);
        all.putAll(rules.entries());
        all.put(RunDescription.NAME, new RunDescription(RunDescription.FORMAT, Versions.current(tool), command, false,
                options, List.copyOf(inputs), rules.description(), outputs.stream().sorted().toList(),
                OUTPUT + delivered, exit, null).bytes());
        RecordWriter writer = new RecordWriter(out);
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            writer.add(e.getKey(), e.getValue());
        }
        writer.finish(signingKey);
    }
}
