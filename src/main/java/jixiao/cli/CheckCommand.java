package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jixiao.load.BadInputException;
import jixiao.load.WaiverReader;
import jixiao.model.Today;
import jixiao.model.Waiver;
import jixiao.assemble.CheckResult;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.engine.Severity;
import jixiao.model.Report;
import jixiao.record.RecordException;
import jixiao.record.ShownNames;
import jixiao.record.SigningKeys;
import jixiao.render.Renderer;
import jixiao.render.HtmlPage;
import jixiao.render.SectionDocx;
import jixiao.assemble.Section;
import jixiao.assemble.ViewAssembler;
import jixiao.extract.ReportInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao check FILE}: findings, score and the drafted 问题及建议 section for one report. */
@Command(name = "check",
        description = "Check one report (facts or published text) and print findings, score and grade, "
                + "and a drafted 四、问题及建议 section.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class CheckCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "the report: its facts (.json, .yaml, .yml) or the report itself: text (.md, .markdown, .txt, .csv), Word (.docx), Excel (.xlsx, .xls) or PDF; "
                    + "- for standard input (see --stdin-format); several files or folders check a batch")
    List<Path> inputs;

    @Option(names = "--stdin-format", paramLabel = "FORMAT",
            description = "the kind of report given as - (standard input): " + StandardInput.FORMATS + "; by default "
                    + "JSON when it starts with {, YAML when a line starts with report:, funding: or indicators:, "
                    + "else text")
    String stdinFormat;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default), json, markdown (the section alone), sarif (SARIF 2.1.0), html (the page's "
                    + "view as one file, for mailing) or docx (the section alone as a Word file, rule ids as comments; "
                    + "with -o); for a batch: text or jsonl (one JSON line per report)")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "batch: reports checked at once (default: cores)")
    Integer threads;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "LANG", description = "zh (default) or en")
    String language;

    @Mixin
    RulesOption rules;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "exit 1 when a finding is at or above this severity: error (default), warning or info")
    String failOn;

    @Option(names = "--expect-fingerprint", paramLabel = "SHA",
            description = "refuse to run (exit 3) unless the rules in force have this fingerprint "
                    + "(sha256: and 64 hex digits, in either case)")
    String expectedFingerprint;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "findings a reviewer accepts (YAML): shown as waived, not counted for --fail-on")
    Path waiversFile;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "the date waivers are judged on (default: today)")
    LocalDate today;

    @Option(names = "--form", paramLabel = "FILE",
            description = "the report's self-evaluation table given as a file of its own (e.g. 自评表.xlsx): facts are "
                    + "read from both files, the table's winning where both give a value")
    Path form;

    @Option(names = "--record", paramLabel = "FILE.zip",
            description = "also write a record of the check (the input files, the facts read, the rule set, the "
                    + "options, the versions and the outputs, each entry's SHA-256 in a manifest) for jixiao replay")
    Path recordFile;

    @Option(names = "--sign", paramLabel = "KEY",
            description = "sign the record's manifest with this Ed25519 private key (from jixiao keys new)")
    Path signingKey;

    /** How input files are named in the outputs: as given, except in a replay (ReplayCommand sets it). */
    ShownNames names = ShownNames.AS_GIVEN;

    Path output;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "write the output to this file (whole or not at all) instead of standard output; - for "
                    + "standard output")
    void output(Path file) {
        output = file.toString().equals("-") ? null : file;
    }

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        language(language);
        RulesOption.checkFingerprint("check", expectedFingerprint);
        boolean stdin = inputs.stream().anyMatch(CheckCommand::isStandardInput);
        if (stdin && inputs.size() > 1) {
            throw usage("check", "- (standard input) is one report, given alone");
        }
        if (stdinFormat != null && !stdin) {
            throw usage("check", "--stdin-format goes with - (a report on standard input)");
        }
        if (stdin) {
            if (recordFile != null) {
                throw usage("check", "--record keeps the files checked: give the report as a file, not -");
            }
            if (format.equals("jsonl")) {
                throw usage("check", "- (standard input) is one report: --format text, json or markdown");
            }
            singleFormat(); // a bad one refused before reading
            try (StandardInput in = StandardInput.read(System.in, stdinFormat)) {
                return checkOne(in.file(), in::named, out, err);
            }
        }
        boolean batch = inputs.size() > 1 || Files.isDirectory(inputs.get(0)) || format.equals("jsonl");
        if (batch) {
            if (form != null) {
                throw usage("check", "--form goes with one report, not a batch");
            }
            return new BatchCommand(this).run(out, err);
        }
        return checkOne(inputs.get(0), name -> name, out, err);
    }

    /** A "-" among the inputs: the report on standard input. */
    private static boolean isStandardInput(Path input) {
        return input.toString().equals("-");
    }

    /** One report; {@code named} turns its file's path, in messages and the result, into the name to show. */
    private ExitCode checkOne(Path file, java.util.function.UnaryOperator<String> named, PrintWriter out,
                              PrintWriter err) throws CommandFailure {
        boolean html = format.equals("html");
        boolean docx = format.equals("docx");
        Renderer.Format fmt = singleFormat();
        if (docx && output == null) {
            throw usage("check", "--format docx writes a Word file: name it with -o FILE.docx");
        }
        if (recordFile != null && (html || docx)) {
            throw usage("check", "--record keeps text, json, markdown or sarif output, not " + format);
        }
        if (!Severity.isValid(failOn)) {
            throw usage("check", "--fail-on must be error, warning or info, not '" + failOn + "'");
        }
        List<Path> read = new ArrayList<>(List.of(file));
        if (form != null) {
            read.add(form);
        }
        OutputFile.refuseOverwrite("check", output, read);
        refuseRecordOverwrite(read);
        Timing timing = Timing.fromSystem(err);
        RulesOption.Prepared prepared = rules.prepare(err);
        timing.mark("rule set loaded");
        prepared.requireFingerprint(expectedFingerprint);
        ReportRecording record = recordFile == null ? null : new ReportRecording(this);
        ReportInput.Shown shown = html ? ReportCheck.readShown(file, form, rules.dir(), named, err) : null;
        Report report = html ? shown.report() : ReportCheck.read(file, form, rules.dir(), named, err,
                record == null ? null : record.factsRead(file));
        List<Waiver> waivers = waivers();
        LocalDate date = today != null ? today : LocalDate.now();
        timing.mark("report read");
        RuleBase ruleBase = prepared.compile();
        timing.mark("rules ready");
        warnInert(waivers, ruleBase, err);
        warnOverlapping(waivers, date, err);
        List<Object> extra = new ArrayList<>(waivers);
        extra.add(new Today(date));
        if (html) {
            extra.add(new jixiao.model.NearMissRequest()); // the view lists them, as explain --near-misses does
        }
        // The page's "why" is explain's chain: derivations are recorded for html alone.
        Checker.Outcome outcome = ReportCheck.run(ruleBase, report, new Checker.Options(extra, html));
        ResultAssembler assembler = new ResultAssembler(ruleBase, Version.tool());
        CheckResult result = assembler
                .assemble(named.apply(names.of(file)), report, outcome, language, waivers, date);
        timing.mark("checked");
        String rendered = null;
        if (html) {
            OutputFile.deliver(out, output, new HtmlPage(language).render(new ViewAssembler(ruleBase, Version.tool())
                    .assemble(named.apply(names.of(file)), report, shown.facts(), shown.document(), outcome, language,
                            waivers, date)));
        } else if (docx) {
            Section section = assembler.section(outcome, language, waivers, date);
            OutputFile.deliver(out, output, new SectionDocx(result.ruleset().fingerprint(), date).write(section));
        } else {
            rendered = Renderer.forFormat(fmt, language, ruleBase).render(result);
            OutputFile.deliver(out, output, rendered);
        }
        timing.mark("written");
        Severity threshold = Severity.parse(failOn);
        boolean failing = result.findings().stream()
                .anyMatch(f -> !f.isWaived() && Severity.parse(f.severity()).atLeast(threshold));
        ExitCode code = failing ? ExitCode.FINDINGS : ExitCode.OK;
        if (record != null) {
            record.write(file, fmt, rendered, result, prepared.set(), date, code);
            timing.mark("recorded");
        }
        return code;
    }

    /** A record must not replace an input or the output, and --sign goes with it; a bad key is refused up front. */
    void refuseRecordOverwrite(List<Path> read) throws CommandFailure {
        if (recordFile == null) {
            if (signingKey != null) {
                throw usage("check", "--sign goes with --record");
            }
            return;
        }
        if (recordFile.toString().equals("-")) {
            throw usage("check", "--record needs a file (a zip), not standard output");
        }
        List<Path> others = new ArrayList<>(read);
        if (waiversFile != null) {
            others.add(waiversFile);
        }
        if (output != null) {
            others.add(output);
        }
        java.util.function.BiPredicate<Path, Object> isRecord = OutputFile.sameAs(recordFile);
        for (Path p : others) {
            if (isRecord.test(p, null) || p.toAbsolutePath().normalize().equals(recordFile.toAbsolutePath().normalize())) {
                throw usage("check", "--record " + recordFile + " would overwrite " + p);
            }
        }
        if (signingKey != null) {
            try {
                SigningKeys.sign(signingKey, new byte[0]);
            } catch (RecordException e) {
                throw new CommandFailure(ExitCode.BAD_INPUT, e.getMessage());
            }
        }
    }

    /** A waiver naming no rule of the rule set in force covers nothing: said, as a mistyped id most often is. */
    static void warnInert(List<Waiver> waivers, RuleBase rules, PrintWriter err) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.catalog().rules().forEach(r -> ids.add(r.id()));
        for (Waiver w : waivers) {
            if (!ids.contains(w.ruleId())) {
                err.println("warning: " + w.file() + "#" + w.pointer() + "/rule: no rule " + w.ruleId()
                        + " in the rule set in force: this waiver covers nothing");
            }
        }
    }

    /**
     * Two waivers in force that cover the same findings (one rule, the same subject or none): the first in the file
     * is applied, the other never is for them. Said, naming both places, since the reason or the date the reviewer
     * meant may be the other's.
     */
    static void warnOverlapping(List<Waiver> waivers, LocalDate date, PrintWriter err) {
        List<Waiver> inForce = waivers.stream().filter(w -> !w.until().isBefore(date)).toList();
        for (int j = 0; j < inForce.size(); j++) {
            Waiver later = inForce.get(j);
            for (int i = 0; i < j; i++) {
                Waiver first = inForce.get(i);
                if (first.ruleId().equals(later.ruleId()) && (first.subject() == null || later.subject() == null
                        || first.subject().equals(later.subject()))) {
                    err.println("warning: " + later.file() + "#" + later.pointer() + ": covers findings of "
                            + later.ruleId() + (later.subject() != null ? " about " + later.subject()
                            : first.subject() != null ? " about " + first.subject() : "") + " that "
                            + first.file() + "#" + first.pointer() + " covers too; the first is applied to them");
                    break;
                }
            }
        }
    }

    List<Waiver> waivers() throws CommandFailure {
        if (waiversFile == null) {
            return List.of();
        }
        try {
            List<Waiver> read = new WaiverReader().read(waiversFile);
            return names.asGiven() ? read : read.stream().map(w -> w.withFile(names.of(waiversFile))).toList();
        } catch (BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems());
        }
    }


    /** The format of one report's output; null for html and docx, which are rendered from the view, not the result. */
    private Renderer.Format singleFormat() throws CommandFailure {
        return format.equals("html") || format.equals("docx") ? null : format(format);
    }

    static Renderer.Format format(String format) throws CommandFailure {
        try {
            return Renderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("check", "--format must be text, json, markdown, sarif, html or docx, not '" + format + "'");
        }
    }

    static void language(String language) throws CommandFailure {
        if (!language.equals("zh") && !language.equals("en")) {
            throw usage("check", "--lang must be zh or en, not '" + language + "'");
        }
    }

}
