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
                + "or all as JSON, Markdown or Word), the same for the same seed.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class GenerateCommand extends Subcommand {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many reports")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the seed (default 1)")
    long seed;

    /** The form of the reports written; report {@code i} of a seed has the same facts in every form. */
    enum Format { mixed, json, md, docx }

    @Option(names = "--format", defaultValue = "mixed", paramLabel = "FORMAT",
            description = "mixed (default): JSON facts, a share (--text-share) as Markdown text; json: all as JSON "
                    + "facts; md: all as Markdown text; docx: all as Word documents (title, headings, the "
                    + "self-evaluation table as Word tables)")
    Format format;

    @Option(names = "--text-share", defaultValue = "0.1", paramLabel = "F",
            description = "with --format mixed, the share written as Markdown text rather than JSON facts "
                    + "(default 0.1)")
    double textShare;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Override
    ExitCode run(PrintWriter stdout, PrintWriter err) throws CommandFailure {
        if (count < 0 || textShare < 0 || textShare > 1) {
            throw usage("generate", "--count must be 0 or more and --text-share between 0 and 1");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, out + ": cannot create: " + e.getMessage());
        }
        ReportGenerator generator = new ReportGenerator(seed);
        int every = format == Format.json ? 0 : format == Format.md ? 1
                : textShare == 0 ? 0 : (int) Math.round(1 / textShare);
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                ObjectNode facts = generator.report(i);
                try {
                    if (format == Format.docx) {
                        writeDocx(facts, out.resolve(String.format("report-%06d.docx", i)));
                        return;
                    }
                    boolean text = every > 0 && i % every == every - 1;
                    String name = String.format("report-%06d.%s", i, text ? "md" : "json");
                    Files.writeString(out.resolve(name), text ? ReportMarkdown.render(facts) : JSON.writeValueAsString(facts),
                            StandardCharsets.UTF_8);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, out + ": cannot write: " + e.getCause().getMessage());
        }
        stdout.println("wrote " + count + " reports to " + out + " (seed " + seed + ")");
        return ExitCode.OK;
    }

    /** In a method of its own, so that POI's classes load only when Word documents are asked for. */
    private static void writeDocx(ObjectNode facts, Path file) throws IOException {
        try (java.io.OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ReportDocx.write(facts, stream);
        }
    }
}
