package jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jixiao.batch.BatchChecker;
import jixiao.batch.JsonLines;
import jixiao.engine.RuleBase;
import jixiao.record.BatchRecord;
import jixiao.record.RecordException;
import jixiao.record.RunDescription;

/** A batch's record ({@code check DIR --record}) as the batch writes it, or nothing when no record is asked for. */
final class BatchRecording implements AutoCloseable {

    /** {@code date}: the one waivers are judged on. */
    static BatchRecording of(CheckCommand options, LocalDate date) throws CommandFailure {
        return options.recordFile == null ? NONE : new BatchRecording(options, date);
    }

    private static final BatchRecording NONE = new BatchRecording();

    private final CheckCommand options;
    private final LocalDate date;
    private final OutputFile file;
    private final BatchRecord record;
    private final SpoolFolder spools;
    private final JsonLines factLines = new JsonLines();

    private BatchRecording() {
        this.options = null;
        this.date = null;
        this.file = null;
        this.record = null;
        this.spools = null;
    }

    private BatchRecording(CheckCommand options, LocalDate date) throws CommandFailure {
        this.options = options;
        this.date = date;
        OutputFile opened = null;
        SpoolFolder spooled = null;
        try {
            opened = OutputFile.open(options.recordFile, null);
            spooled = new SpoolFolder(options.recordFile);
            this.record = new BatchRecord(opened.stream(), spooled);
            this.file = opened;
            this.spools = spooled;
            for (Path p : options.inputs) {
                record.given("reports", options.names.of(p));
            }
            if (options.waiversFile != null) {
                record.given("waivers", options.names.of(options.waiversFile));
                record.input(options.names.of(options.waiversFile), Files.readAllBytes(options.waiversFile), false);
            }
        } catch (IOException e) {
            if (spooled != null) {
                spooled.close();
            }
            closeQuietly(opened);
            throw new CommandFailure(ExitCode.OUTPUT, options.recordFile + ": cannot write the record: "
                    + OutputFile.reason(e));
        }
    }

    BatchChecker.InputSink inputs() {
        if (record == null) {
            return null;
        }
        return (file, bytes, facts) -> {
            String shown = options.names.of(file);
            if (bytes != null) {
                record.input(shown, bytes, true);
            } else {
                record.input(shown, file); // refused unread: kept from the file
            }
            if (facts != null) {
                record.facts(factLines.bytes(ReportRecording.namedAs(facts, shown)));
            }
        };
    }

    void output(byte[] bytes) throws IOException {
        if (record != null) {
            record.output(bytes);
        }
    }

    void finish(RuleBase rules, ExitCode exit, boolean jsonl) throws IOException, CommandFailure {
        if (record == null) {
            return;
        }
        RunDescription.Options o = new RunDescription.Options(options.format, options.language, options.failOn,
                date.toString(), options.threads);
        try {
            record.finish(rules.ruleSet(), Version.tool(), o, jsonl ? "results.jsonl" : "results.txt",
                    exit.code(), options.signingKey);
        } catch (RecordException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.getMessage());
        }
        file.commit();
    }

    private static void closeQuietly(OutputFile f) {
        if (f != null) {
            try {
                f.close();
            } catch (IOException e) {
                // failing already: the temporary file is gone or left to the clean-up on exit
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (record != null) {
            try {
                record.close();
            } finally {
                spools.close();
                file.close();
            }
        }
    }
}
