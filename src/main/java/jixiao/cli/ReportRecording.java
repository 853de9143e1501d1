package jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import jixiao.assemble.CheckResult;
import jixiao.load.RuleSet;
import jixiao.record.RecordException;
import jixiao.record.ReportRecord;
import jixiao.record.RunDescription;
import jixiao.render.JsonRenderer;
import jixiao.render.MarkdownRenderer;
import jixiao.render.Renderer;

/**
 * One report's record ({@code check REPORT --record}): the facts read while the check reads them, then the inputs,
 * the outputs in every form a replay compares (the result, the section, what was printed) and the run, written
 * whole or not at all.
 */
final class ReportRecording {

    /** The entry of a record's facts: those extracted from a document, with the extraction notes. */
    static final String FACTS = "facts.json";

    private final CheckCommand options;
    private final ReportRecord record = new ReportRecord();

    ReportRecording(CheckCommand options) {
        this.options = options;
    }

    /** Takes the facts extracted from a document, naming the file they came from as given. */
    Consumer<ObjectNode> factsRead(Path file) {
        return facts -> record.output(FACTS, JsonRenderer.pretty(namedAs(facts, options.names.of(file))));
    }

    /** The extracted facts with the file they came from named {@code shown}, as given, as a record keeps them. */
    static ObjectNode namedAs(ObjectNode facts, String shown) {
        if (facts.get("extraction") instanceof ObjectNode meta && meta.has("file")) {
            meta.put("file", shown);
        }
        return facts;
    }

    void write(Path file, Renderer.Format format, String rendered, CheckResult result, RuleSet rules, LocalDate date,
               ExitCode code) throws CommandFailure {
        try {
            record.input("report", options.names.of(file), file);
            if (options.form != null) {
                record.input("form", options.names.of(options.form), options.form);
            }
            if (options.waiversFile != null) {
                record.input("waivers", options.names.of(options.waiversFile), options.waiversFile);
            }
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, file + ": cannot read again for the record: "
                    + OutputFile.reason(e));
        }
        record.output("result.json", format == Renderer.Format.JSON ? rendered : new JsonRenderer().render(result));
        record.output("section.md", format == Renderer.Format.MARKDOWN ? rendered
                : new MarkdownRenderer().render(result));
        String delivered = switch (format) {
            case JSON -> "result.json";
            case MARKDOWN -> "section.md";
            case TEXT -> "check.txt";
            case SARIF -> "check.sarif";
        };
        if (format == Renderer.Format.TEXT || format == Renderer.Format.SARIF) {
            record.output(delivered, rendered);
        }
        RunDescription.Options run = new RunDescription.Options(options.format, options.language, options.failOn,
                date.toString(), null);
        try (OutputFile o = OutputFile.open(options.recordFile, null)) {
            record.write(o.stream(), rules, Version.tool(), "check", run, delivered, code.code(), options.signingKey);
            o.commit();
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.OUTPUT, options.recordFile + ": cannot write the record: "
                    + OutputFile.reason(e));
        } catch (RecordException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
    }
}
