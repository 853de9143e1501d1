package jixiao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import jixiao.extract.Extraction;
import jixiao.extract.ExtractionNote;
import jixiao.extract.ReportInput;
import jixiao.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao extract REPORT.md}: the published text read into facts, for a person to review and correct. */
@Command(name = "extract",
        description = "Read a published report (text, Word, Excel or PDF) into facts (the format check reads), every value "
                + "with the line it came from. What could not be read is listed on stderr and kept in the facts "
                + "under extraction.notes: fill it in, then run check on the facts.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ExtractCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "REPORT", description = "the report: .md, .markdown, .txt, .csv, .docx, .xlsx, .xls or .pdf")
    Path file;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or yaml")
    String format;

    Path output;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write the facts to this file (whole or not at all) instead of standard output; - for "
                    + "standard output")
    void output(Path file) {
        output = file.toString().equals("-") ? null : file;
    }

    @Option(names = "--form", paramLabel = "FILE",
            description = "the report's self-evaluation table as a file of its own (e.g. 自评表.xlsx); its values win")
    Path form;

    @Mixin
    RulesOption rules;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        if (!format.equals("json") && !format.equals("yaml")) {
            throw usage("extract", "--format must be json or yaml, not '" + format + "'");
        }
        if (!ReportInput.isText(file)) {
            throw usage("extract", file + ": expected the report itself (.md, .markdown, .txt, .csv, .docx, .xlsx, .xls or .pdf)");
        }
        OutputFile.refuseOverwrite("extract", output, form == null ? List.of(file) : List.of(file, form));
        Extraction extraction = ReportCheck.reading(name -> name, () -> form == null
                ? new ReportInput(rules.dir()).extract(file) : new ReportInput(rules.dir()).extract(file, form));
        String text = format.equals("json") ? JsonRenderer.pretty(ReportInput.facts(extraction, file))
                : yaml(ReportInput.facts(extraction, file));
        OutputFile.deliver(out, output, text);
        extraction.warnings().forEach(w -> err.println("warning: " + w));
        for (ExtractionNote n : extraction.notes()) {
            err.println(file + (n.line() != null ? ":" + n.line() : n.locator() != null ? " " + n.locator() : "") + ": " + (n.lowConfidence() ? "check " : "fill in ")
                    + n.pointer() + ": " + n.what());
        }
        return ExitCode.OK;
    }

    private static String yaml(Object facts) {
        try {
            return YAMLMapper.builder().build().writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
