package jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jixiao.record.OutputDifference;
import jixiao.record.RecordException;
import jixiao.record.RecordFile;
import jixiao.record.RunDescription;
import jixiao.record.Unpacked;
import jixiao.record.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao replay RECORD.zip}: checks the record against its manifest (and its signature, given the public key),
 * runs the recorded check again from the record alone (its rules, its inputs, its options, its date) in a private
 * folder, and compares every recorded output byte for byte.
 */
@Command(name = "replay",
        description = "Run a recorded check again from the record alone (its own rules, inputs and options, not "
                + "those in rules/) and compare every output byte for byte. Exit 0 all the same, 1 a difference "
                + "(shown), 2 a record whose manifest or signature does not match (the entry named).",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
public final class ReplayCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "RECORD", description = "a record written by check --record")
    Path recordPath;

    @Option(names = "--key", paramLabel = "PUB",
            description = "verify the record's signature against this Ed25519 public key (from jixiao keys new)")
    Path publicKey;

    @Override
    ExitCode run(PrintWriter out, PrintWriter err) throws CommandFailure {
        try (RecordFile record = RecordFile.open(recordPath, publicKey)) {
            RunDescription run = record.description();
            out.println("record " + recordPath + ": " + record.names().size() + " entries match the manifest; "
                    + (publicKey != null ? "signature verified with " + publicKey
                    : record.signed() ? "signed (give --key to verify the signature)" : "not signed"));
            describe(run, out);
            Path dir = Files.createTempDirectory("jixiao-replay-");
            Thread onStop = new Thread(() -> delete(dir), "jixiao-replay-cleanup");
            try {
                OutputFile.install(onStop);
                return replay(record, run, dir, out);
            } finally {
                delete(dir);
                OutputFile.settle(onStop);
            }
        } catch (RecordException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.OUTPUT, "cannot unpack the record for its replay: " + OutputFile.reason(e));
        }
    }

    private static void describe(RunDescription run, PrintWriter out) {
        Versions now = Versions.current(Version.tool());
        Versions then = run.versions();
        out.println("recorded by " + then.jixiao() + " · Drools " + then.drools() + " · Java " + then.java() + " · "
                + then.os());
        if (!now.equals(then)) {
            out.println("replayed by " + now.jixiao() + " · Drools " + now.drools() + " · Java " + now.java() + " · "
                    + now.os());
        }
        RunDescription.Options o = run.options();
        out.println("rules " + run.rules().fingerprint() + " (" + run.rules().files().size() + " files, from the record)"
                + " · today " + o.today() + " · --format " + o.format() + " --lang " + o.lang() + " --fail-on "
                + o.failOn() + (run.batch() ? " · batch of " + run.reports() + " reports" : ""));
    }

    private ExitCode replay(RecordFile record, RunDescription run, Path dir, PrintWriter out)
            throws RecordException, IOException, CommandFailure {
        Unpacked unpacked = Unpacked.of(record, run, dir.resolve("record"));
        Path replayed = dir.resolve("replayed.zip");
        CheckCommand check = recordedCheck(run, unpacked, replayed);
        StringWriter checkErr = new StringWriter();
        int exit;
        try {
            exit = check.run(new PrintWriter(OutputStream.nullOutputStream()), new PrintWriter(checkErr)).code();
        } catch (CommandFailure f) {
            exit = f.code().code();
            checkErr.write(String.join(System.lineSeparator(), f.lines()));
        }
        if (!Files.exists(replayed)) {
            out.println("the replay stopped with exit " + exit + " (recorded: " + run.exit() + ") before its outputs:");
            checkErr.toString().lines().forEach(l -> out.println("  " + l));
            return ExitCode.FINDINGS;
        }
        int differing = 0;
        try (RecordFile again = RecordFile.open(replayed, null)) {
            for (String entry : run.outputs()) {
                OutputDifference d = again.names().contains(entry)
                        ? OutputDifference.of(entry, record.stream(entry), again.stream(entry))
                        : new OutputDifference(entry, 1, "(recorded)", "(not made by the replay)");
                if (d == null) {
                    out.printf("  %-28s the same%n", entry);
                } else {
                    differing++;
                    out.printf("  %-28s DIFFERENT from line %d:%n", entry, d.line());
                    out.println("      recorded: " + d.recorded());
                    out.println("      replayed: " + d.replayed());
                }
            }
        }
        if (exit != run.exit()) {
            differing++;
            out.printf("  %-28s DIFFERENT: recorded %d, replayed %d%n", "exit code", run.exit(), exit);
        } else {
            out.printf("  %-28s the same (%d)%n", "exit code", exit);
        }
        out.println(differing == 0 ? "replayed: every output byte for byte the same"
                : "replayed: " + differing + " of " + (run.outputs().size() + 1) + " differ");
        return differing == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** The recorded check, every option forced to the recorded one, reading the unpacked rules and inputs. */
    private static CheckCommand recordedCheck(RunDescription run, Unpacked unpacked, Path replayed) {
        CheckCommand check = new CheckCommand();
        RunDescription.Options o = run.options();
        check.inputs = new ArrayList<>();
        for (Unpacked.Input in : unpacked.inputs()) {
            switch (in.role()) {
                case "form" -> check.form = in.path();
                case "waivers" -> check.waiversFile = in.path();
                default -> check.inputs.add(in.path());
            }
        }
        check.format = o.format();
        check.language = o.lang();
        check.failOn = o.failOn();
        check.today = LocalDate.parse(o.today());
        check.threads = o.threads();
        check.rules = new RulesOption();
        check.rules.dir = unpacked.rulesDir();
        check.expectedFingerprint = run.rules().fingerprint();
        check.recordFile = replayed;
        check.names = unpacked.names();
        return check;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a private temporary folder: left to the system's clean-up if it cannot be removed now
        }
    }
}
