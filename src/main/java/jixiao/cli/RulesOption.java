package jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleCache;
import jixiao.load.RuleSource;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that runs rules; by default the rules shipped with jixiao. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the rules folder (default: the rules/ shipped with jixiao)")
    Path dir;

    Path dir() {
        return dir != null ? dir : Home.path("rules");
    }

    RuleSet load(PrintWriter err) throws CommandFailure {
        try {
            RuleSet set = new RuleSetLoader().load(dir());
            set.warnings().forEach(w -> err.println("warning: " + w));
            return set;
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
    }

    /**
     * Loads the rules folder and starts bringing in its compiled form at once; {@link Prepared#compile} finishes.
     * Work done between the two (reading a report) overlaps with the loading.
     */
    Prepared prepare(PrintWriter err) throws CommandFailure {
        return prepare(err, null);
    }

    /** As {@link #prepare(PrintWriter)}, going on with a load started {@link #preloadAhead() ahead} when there is one. */
    Prepared prepare(PrintWriter err, RuleBase.Preload ahead) throws CommandFailure {
        RuleBase.Preload preload = ahead;
        if (preload == null) {
            try {
                preload = preload();
            } catch (BadRulesException e) {
                throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
            }
        }
        return new Prepared(load(err), preload, dir());
    }

    /**
     * Starts loading the compiled rules before anything else is checked, so that it overlaps that work; null when the
     * rules folder cannot be read, which {@link #prepare} then reports in its turn.
     */
    RuleBase.Preload preloadAhead() {
        try {
            return preload();
        } catch (BadRulesException | RuntimeException e) {
            return null;
        }
    }

    private RuleBase.Preload preload() throws BadRulesException {
        return RuleBase.preload(RuleSetLoader.files(dir()).stream().filter(RuleSource::isDrl).toList(),
                RuleCache.fromSystem());
    }

    /** A fingerprint as {@code rules fingerprint} prints it, in either case. */
    private static final java.util.regex.Pattern FINGERPRINT =
            java.util.regex.Pattern.compile("(?i)sha256:[0-9a-f]{64}");

    /** Refuses, as a usage error, an expected fingerprint that no rule set can have (mistyped, cut short, empty). */
    static void checkFingerprint(String command, String expected) throws CommandFailure {
        if (expected != null && !FINGERPRINT.matcher(expected).matches()) {
            throw Subcommand.usage(command, "--expect-fingerprint must be sha256: and 64 hex digits, as 'jixiao rules "
                    + "fingerprint' prints it, not '" + jixiao.render.TerminalText.escape(expected) + "'");
        }
    }

    /** A loaded rule set whose compiled form is on its way. */
    record Prepared(RuleSet set, RuleBase.Preload preload, Path dir) {

        /** Refuses to go on (exit 3) unless the rules in force have the expected fingerprint, when one is given. */
        void requireFingerprint(String expected) throws CommandFailure {
            // Hex is hex in either case: a fingerprint copied from a tool that writes it in capitals still matches.
            if (expected != null && !expected.equalsIgnoreCase(set.fingerprint())) {
                throw new CommandFailure(ExitCode.BAD_RULES, dir + ": the rules in force have fingerprint "
                        + set.fingerprint() + ", not the expected " + expected);
            }
        }

        RuleBase compile() throws CommandFailure {
            try {
                return preload.finish(set);
            } catch (BadRulesException e) {
                throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
            }
        }
    }

    static RuleBase compile(RuleSet set) throws CommandFailure {
        try {
            return RuleBase.compile(set);
        } catch (BadRulesException e) {
            throw new CommandFailure(ExitCode.BAD_RULES, e.problems());
        }
    }
}
