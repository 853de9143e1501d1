package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jixiao.assemble.ReportView;
import jixiao.assemble.ResultAssembler;
import jixiao.assemble.Section;
import jixiao.assemble.ViewAssembler;
import jixiao.batch.BatchChecker;
import jixiao.batch.BatchLine;
import jixiao.document.Document;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.extract.ReportInput;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import jixiao.load.ReportReader;
import jixiao.model.Report;
import jixiao.model.NearMissRequest;
import jixiao.model.Today;

/**
 * What the page asks of jixiao, on reports held in memory: check an upload, recheck corrected facts, draft the
 * section, check a batch. Safe to call from many threads at once (readers are one a thread, the rules are shared).
 * An upload is put in this server's private folder under a name of its own making, read, and deleted at once:
 * nothing a request names ever reaches the file system.
 */
final class ReportService {

    /** A report as the page shows it, and the document kept for its rechecks. */
    record Checked(ReportView view, Document document) {
    }

    private final RuleBase rules;
    private final Path uploads;
    private final String tool;
    private final Checker checker;
    private final ViewAssembler views;
    private final ResultAssembler results;
    private final ThreadLocal<ReportInput> inputs;
    private final ThreadLocal<ReportReader> readers = ThreadLocal.withInitial(ReportReader::new);
    private final BatchChecker batchZh;
    private final BatchChecker batchEn;

    ReportService(RuleBase rules, Path rulesDir, Path uploads, String tool) {
        this.rules = rules;
        this.uploads = uploads;
        this.tool = tool;
        this.checker = new Checker(rules);
        this.views = new ViewAssembler(rules, tool);
        this.results = new ResultAssembler(rules, tool);
        this.inputs = ThreadLocal.withInitial(() -> new ReportInput(rulesDir));
        this.batchZh = new BatchChecker(rules, rulesDir, "zh", List.of(), LocalDate.now(), 1, tool);
        this.batchEn = new BatchChecker(rules, rulesDir, "en", List.of(), LocalDate.now(), 1, tool);
    }

    String fingerprint() {
        return rules.ruleSet().fingerprint();
    }

    /** The policy's grades, best first, then 待定: the batch chart's order. */
    List<String> grades() {
        List<String> grades = new java.util.ArrayList<>(rules.ruleSet().policy().gradeLabels());
        grades.add(jixiao.derived.ScoreCard.UNDECIDED);
        return grades;
    }

    String tool() {
        return tool;
    }

    /** Reads and checks one uploaded file; {@code name} is only how it is named on the page and in messages. */
    Checked check(UploadName name, byte[] bytes, String language) throws BadInputException, BadRulesException,
            RuleFailureException, IOException {
        Path file = uploads.resolve(name.storedAs());
        try {
            Files.write(file, bytes);
            ReportInput.Shown shown;
            try {
                shown = inputs.get().readShown(file);
            } catch (BadInputException e) {
                throw new BadInputException(name.named(e.problems(), file));
            } catch (jixiao.load.TimeLimitException e) {
                throw new BadInputException(name.named(List.of(e.getMessage()), file));
            }
            return new Checked(view(name.shown(), shown.report(), shown.facts(), shown.document(), language),
                    shown.document());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Checks facts a reviewer corrected, against the document they were first read from (null: none). */
    ReportView recheck(UploadName name, JsonNode facts, Document document, String language) throws BadInputException,
            RuleFailureException {
        Report report = readers.get().read(Path.of(name.shown()), facts.deepCopy());
        return view(name.shown(), report, facts, document, language);
    }

    /** The drafted section of corrected facts, as items with their rule ids. */
    Section section(UploadName name, JsonNode facts, String language) throws BadInputException, RuleFailureException {
        Report report = readers.get().read(Path.of(name.shown()), facts.deepCopy());
        LocalDate today = LocalDate.now();
        Checker.Outcome outcome = checker.check(report, new Checker.Options(List.of(new Today(today)), false));
        return results.section(outcome, language, List.of(), today);
    }

    /** One report of a batch, as the batch's line for it; never throws for the report's own faults. */
    BatchLine batchLine(UploadName name, byte[] bytes, String language) throws IOException {
        Path file = uploads.resolve(name.storedAs());
        try {
            Files.write(file, bytes);
            BatchLine line = ("en".equals(language) ? batchEn : batchZh).check(file);
            return name.named(line, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ReportView view(String name, Report report, JsonNode facts, Document document, String language)
            throws RuleFailureException {
        LocalDate today = LocalDate.now();
        Checker.Outcome outcome = checker.check(report,
                new Checker.Options(List.of(new Today(today), new NearMissRequest()), true));
        return views.assemble(name, report, facts, document, outcome, language, List.of(), today);
    }
}
