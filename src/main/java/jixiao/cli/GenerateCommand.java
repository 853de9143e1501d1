package jixiao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import jixiao.generate.ReportDocx;
import jixiao.generate.ReportGenerator;
import jixiao.generate.ReportMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao generate}: realistic reports for benchmarks and batch tests, the same for the same seed. */
@Command(name = "generate",
        description = "Write N realistic generated reports (facts as JSON, a share as published Markdown text; "
                + "or all as JSON, Markdown or Word), the same for the same seed. With --plant, each report gets "
                + "with that chance one defect for one reviewer rule, and planted.tsv in the folder says which.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class GenerateCommand extends Subcommand {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /**
     * The file beside planted reports that says which defect each holds: tab-separated, since a folder's .csv files
     * are checked as reports (spreadsheets saved as text).
     */
    public static final String PLANTED = "planted.tsv";

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many reports")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the seed (default 1)")
    long seed;

    /** The form of the reports written; report {@code i} of a seed has the same facts in every form. */
    enum Format { mixed, json, md, docx }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "mixed (default; json with --plant): JSON facts, a share (--text-share) as Markdown text; "
                    + "json: all as JSON facts; md: all as Markdown text; docx: all as Word documents (title, "
                    + "headings, the self-evaluation table as Word tables)")
    Format format;

    @Option(names = "--plant", paramLabel = "P",
            description = "plant, in each report independently with chance P (0 to 1), exactly one defect for one "
                    + "of the reviewer rules, chosen uniformly; writes planted.tsv (file, tab, planted rule id or "
                    + "nothing) beside the reports; JSON facts only")
    Double plant;

    @Option(names = "--text-share", defaultValue = "0.1", paramLabel = "F",
            description = "with --format mixed, the share written as Markdown text rather than JSON facts "
                    + "(default 0.1)")
    double textShare;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Option(names = "--force", description = "replace files of the same names already in the folder (without it, "
            + "generate refuses to overwrite any)")
    boolean force;

    @Override
    ExitCode run(PrintWriter stdout, PrintWriter err) throws CommandFailure {
        if (count < 0 || textShare < 0 || textShare > 1) {
            throw usage("generate", "--count must be 0 or more and --text-share between 0 and 1");
        }
        if (plant != null && !(plant >= 0 && plant <= 1)) {
            throw usage("generate", "--plant must be between 0 and 1");
        }
        if (plant != null && format != null && format != Format.json) {
            throw usage("generate", "--plant plants defects in JSON facts only: use --format json (or leave it out)");
        }
        Format format = this.format != null ? this.format : plant != null ? Format.json : Format.mixed;
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("generate", "-o " + out + " is a file, not a folder");
        }
        int every = format == Format.json ? 0 : format == Format.md ? 1
                : textShare == 0 ? 0 : (int) Math.round(1 / textShare);
        if (!force) {
            refuseOverwrite(format, every);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, out + ": cannot create: " + OutputFile.reason(e));
        }
        ReportGenerator generator = new ReportGenerator(seed, plant == null ? 0 : plant);
        String[] planted = new String[count];
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                ReportGenerator.Generated report = generator.generate(i);
                ObjectNode facts = report.facts();
                planted[i] = report.plantedRuleId();
                try {
                    String name = name(i, format, every);
                    if (format == Format.docx) {
                        writeDocx(facts, out.resolve(name));
                        return;
                    }
                    Files.writeString(out.resolve(name), name.endsWith(".md") ? ReportMarkdown.render(facts)
                            : JSON.writeValueAsString(facts), StandardCharsets.UTF_8);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (plant != null) {
                writePlanted(planted);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, out + ": cannot write: " + e.getCause().getMessage());
        }
        long defects = java.util.Arrays.stream(planted).filter(id -> !id.isEmpty()).count();
        stdout.println("wrote " + count + " reports to " + out + " (seed " + seed + ")"
                + (plant == null ? "" : ", " + defects + " with a planted defect (" + PLANTED + ")"));
        return ExitCode.OK;
    }

    /** Report {@code i}'s file name: Word, or Markdown text for every {@code every}-th (0: none), else JSON facts. */
    private static String name(int i, Format format, int every) {
        String extension = format == Format.docx ? "docx" : every > 0 && i % every == every - 1 ? "md" : "json";
        return String.format("report-%06d.%s", i, extension);
    }

    /**
     * Refuses to write over files already in the folder (a previous run's reports, or someone's own): said in one
     * line with the first of them, before anything is written. Files of other names may stay beside the new ones.
     */
    private void refuseOverwrite(Format format, int every) throws CommandFailure {
        if (!Files.isDirectory(out)) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(name(i, format, every));
        }
        if (plant != null) {
            names.add(PLANTED);
        }
        java.util.List<String> there = names.stream().filter(n -> Files.exists(out.resolve(n), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        if (!there.isEmpty()) {
            throw usage("generate", out + " already holds " + (there.size() == 1 ? "" : there.size() + " of the files, ")
                    + there.get(0) + (there.size() == 1 ? "" : " …") + ": use --force to replace them, or another folder");
        }
    }

    /** The truth of a planted run: one line a report, its file name and the rule its defect is for (empty: clean). */
    private void writePlanted(String[] planted) {
        StringBuilder tsv = new StringBuilder("file\tplanted\n");
        for (int i = 0; i < planted.length; i++) {
            tsv.append(String.format("report-%06d.json", i)).append('\t').append(planted[i]).append('\n');
        }
        try {
            Files.writeString(out.resolve(PLANTED), tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** In a method of its own, so that POI's classes load only when Word documents are asked for. */
    private static void writeDocx(ObjectNode facts, Path file) throws IOException {
        try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ReportDocx.write(facts, stream);
        }
    }
}
