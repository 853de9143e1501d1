package jixiao.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress line on stderr for a long batch: only when stderr is a terminal, and only once the run passes a second. */
final class Progress {

    /** Set by {@code bin/jixiao} from the shell's own test of stderr ({@code [ -t 2 ]}), which Java 17 cannot make. */
    static final String STDERR_TERMINAL = "jixiao.stderr.terminal";

    private final Thread thread;
    private final PrintWriter err;
    private volatile boolean shown;
    /** How many reports the batch checks, once listed; until then -1, and the line counts the reports found. */
    private volatile int total = -1;
    private volatile long checkingSince;
    private static final long FIRST_BAR_AFTER = 250_000_000L;
    /** While held, nothing is drawn: messages of the rules' loading get the terminal to themselves. */
    private boolean held;

    private Progress(Thread thread, PrintWriter err) {
        this.thread = thread;
        this.err = err;
    }

    /**
     * Whether stderr is a terminal: as the launcher found it, else, when run without the launcher, whether the JVM has
     * a console (stdin and stdout both terminals), the nearest Java 17 can tell.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Starts with the listing: {@code found} counts the reports listed, {@code done} those checked. */
    static Progress start(PrintWriter err, AtomicInteger found, AtomicInteger done) {
        return start(err, found, done, stderrIsTerminal(), Duration.ofSeconds(1));
    }

    /** Draws the line every quarter second from {@code after} on, when {@code terminal}; else draws nothing. */
    static Progress start(PrintWriter err, AtomicInteger found, AtomicInteger done, boolean terminal, Duration after) {
        if (!terminal) {
            return new Progress(null, err);
        }
        Progress[] self = new Progress[1];
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                while (!Thread.currentThread().isInterrupted()) {
                    Progress p = self[0];
                    synchronized (p) {
                        int of = p.total;
                        // A bar that would be blanked at once is not drawn: checking a few reports takes less.
                        if (!p.held && (of < 0 || System.nanoTime() - p.checkingSince >= FIRST_BAR_AFTER)) {
                            err.print(of < 0 ? listing(found.get())
                                    : line(done.get(), of, (System.nanoTime() - p.checkingSince) / 1e9));
                            err.flush();
                            p.shown = true;
                        }
                    }
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                // stopped
            }
        }, "jixiao-progress");
        t.setDaemon(true);
        self[0] = new Progress(t, err);
        t.start();
        return self[0];
    }

    /** Blanks the line and draws nothing until {@link #checking}: what is printed meanwhile starts clean. */
    synchronized void hold() {
        held = true;
        blank();
    }

    /** The listing is done and checking starts: from now on the line is a bar over {@code total} reports. */
    synchronized void checking(int total) {
        checkingSince = System.nanoTime();
        this.total = total;
        held = false;
    }

    /** The line while the folders are listed: a large folder takes seconds (a million reports about five). */
    static String listing(int found) {
        return String.format(Locale.ROOT, "\rlisting: %d reports found ", found);
    }

    /** One drawing of the line, from its start: a bar of 30, the count and the rate so far. */
    static String line(int done, int total, double seconds) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * Math.min(done, total) / total);
        return String.format(Locale.ROOT, "\r[%s%s] %d/%d reports, %.0f/s ", "#".repeat(filled),
                " ".repeat(width - filled), done, total, seconds > 0 ? done / seconds : 0.0);
    }

    /** Stops drawing and blanks the line, so that the summary after it starts clean. */
    void stop() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            blank();
        }
    }

    private void blank() {
        if (shown) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
            shown = false;
        }
    }
}
