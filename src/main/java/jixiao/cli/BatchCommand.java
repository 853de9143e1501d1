package jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jixiao.batch.BatchChecker;
import jixiao.batch.BatchLine;
import jixiao.batch.BatchSummary;
import jixiao.batch.JsonLines;
import jixiao.batch.ReportFiles;
import jixiao.engine.RuleBase;
import jixiao.engine.Severity;
import jixiao.model.Waiver;

/**
 * {@code jixiao check DIR|FILE…}: many reports in one run. One line per report on stdout (or -o), in input order;
 * the summary on stderr. Exit 4 when jixiao failed on a report, 2 when a report could not be read, 3 when a rule
 * failed on one, else as for one report.
 */
final class BatchCommand {

    private final CheckCommand options;

    BatchCommand(CheckCommand options) {
        this.options = options;
    }

    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        boolean jsonl = options.format.equals("jsonl");
        if (!jsonl && !options.format.equals("text")) {
            throw Subcommand.usage("check", "for several reports --format must be text or jsonl, not '"
                    + options.format + "'");
        }
        if (!Severity.isValid(options.failOn)) {
            throw Subcommand.usage("check", "--fail-on must be error, warning or info, not '" + options.failOn + "'");
        }
        // The compiled rules start loading on another thread first, so that it overlaps listing the folders; what
        // is wrong with the inputs, the output or the rules is still reported in this order.
        Timing timing = Timing.fromSystem(err);
        RuleBase.Preload ahead = options.rules.preloadAhead();
        AtomicInteger found = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        // From the listing on: a folder of a million reports takes seconds to list, and a bar shows that too.
        Progress progress = Progress.start(err, found, done);
        RuleBase rules;
        BatchChecker checker;
        BatchSummary summary;
        boolean[] failing = {false};
        long start;
        int threads;
        try {
            ReportFiles.Listing listing;
            try {
                listing = ReportFiles.list(options.inputs, OutputFile.sameAs(options.output), found);
            } catch (IOException e) {
                throw new CommandFailure(ExitCode.BAD_INPUT, "cannot list the reports: " + e.getMessage());
            }
            List<Path> files = listing.files();
            progress.hold(); // what follows may warn: about the folders, the rules
            timing.mark("reports listed");
            if (listing.output() != null) {
                throw OutputFile.overwrites("check", options.output, listing.output());
            }
            // A folder without a single report is most often the wrong folder: an error when it is all there is.
            if (files.isEmpty()) {
                throw new CommandFailure(ExitCode.BAD_INPUT, listing.emptyFolders().stream()
                        .map(folder -> folder + ": no reports in this folder (a report is "
                                + jixiao.extract.ReportInput.KINDS + ")")
                        .collect(java.util.stream.Collectors.joining(System.lineSeparator())));
            }
            listing.emptyFolders().forEach(folder -> err.println("warning: " + folder + ": no reports in this folder"));
            options.refuseRecordOverwrite(options.inputs);
            List<Waiver> waivers = options.waivers();
            LocalDate date = options.today != null ? options.today : LocalDate.now();
            timing.mark("output and waivers checked");
            RulesOption.Prepared prepared = options.rules.prepare(err, ahead);
            prepared.requireFingerprint(options.expectedFingerprint);
            timing.mark("rule set loaded");
            rules = prepared.compile();
            CheckCommand.warnInert(waivers, rules, err);
            CheckCommand.warnOverlapping(waivers, date, err);
            timing.mark("rules ready");
            if (options.threads != null && options.threads < 1) {
                throw Subcommand.usage("check", "--threads must be 1 or more, not " + options.threads);
            }
            threads = options.threads != null ? options.threads : Runtime.getRuntime().availableProcessors();
            checker = new BatchChecker(rules, options.rules.dir(), options.language, waivers, date, threads,
                    Version.tool());
            Severity threshold = Severity.parse(options.failOn);
            JsonLines lines = new JsonLines();
            start = System.nanoTime();
            progress.checking(files.size());
            try (OutputFile sink = OutputFile.open(options.output, out); BatchRecording recorder = BatchRecording.of(options, date)) {
                summary = checker.run(files, line -> {
                    failing[0] |= line.findings() != null && line.findings().stream().anyMatch(f ->
                            !Boolean.TRUE.equals(f.waived()) && Severity.parse(f.severity()).atLeast(threshold));
                    byte[] bytes = shown(jsonl ? lines.bytes(line) : (text(line) + "\n").getBytes(StandardCharsets.UTF_8),
                            jsonl);
                    sink.writeUtf8(bytes);
                    recorder.output(bytes);
                }, recorder.inputs(), done);
                sink.commit();
                recorder.finish(rules, exitCode(summary, failing[0]), jsonl);
            } catch (IOException e) {
                throw new CommandFailure(ExitCode.OUTPUT, (options.output == null ? "standard output" : options.output)
                        + ": cannot write the results: " + OutputFile.reason(e));
            }
        } finally {
            progress.stop(); // the bar is blanked before any message or the summary
        }
        err.println("rules " + rules.ruleSet().fingerprint() + " (" + Version.tool() + ")");
        summary.print(err, System.nanoTime() - start, threads);
        if (Boolean.getBoolean("jixiao.timing")) {
            err.println("timing: " + checker.phaseTimes());
        }
        err.flush();
        return exitCode(summary, failing[0]);
    }

    /** A line with the files named as the run was given them (differently only in a replay). */
    private byte[] shown(byte[] line, boolean json) {
        return options.names.asGiven() ? line
                : options.names.in(new String(line, StandardCharsets.UTF_8), json).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The batch's exit code: the gravest thing that happened to any report (jixiao failing on one, a report that
     * could not be read, a rule failing on one), else findings at the --fail-on threshold, else none.
     */
    static ExitCode exitCode(BatchSummary summary, boolean findingsAtThreshold) {
        if (summary.any(BatchLine.INTERNAL_ERROR)) {
            return ExitCode.INTERNAL;
        }
        if (summary.any(BatchLine.BAD_INPUT)) {
            return ExitCode.BAD_INPUT;
        }
        if (summary.any(BatchLine.RULE_FAILURE) || summary.any(BatchLine.TIME_LIMIT)) {
            return ExitCode.BAD_RULES;
        }
        return findingsAtThreshold ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static String text(BatchLine line) {
        return jixiao.render.TerminalText.escape(plainText(line));
    }

    private static String plainText(BatchLine line) {
        if (!line.status().equals(BatchLine.OK)) {
            return line.file() + ": " + line.status() + ": " + String.join("; ", line.errors());
        }
        return line.file() + ": " + (line.grade() == null ? "no score" : line.grade() + " " + line.total())
                + " · " + line.counts().get("error") + " error, " + line.counts().get("warning") + " warning, "
                + line.counts().get("info") + " info";
    }
}
