package jixiao.load;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time reading one report may take: its file read, its text extracted (text, Word, Excel, PDF), its facts loaded.
 * Reading runs on the caller's thread, under a limit opened with {@link #reading}; the readers call {@link #check} at
 * each line, page, passage and number they look at, and past the limit the reading ends in a {@link
 * TimeLimitException}, whatever the stage. A reading that does not come back to a check (a read that blocks in the
 * system) is interrupted at the limit, and a few seconds later the process ends with exit 3 naming the file: a
 * limit no input can outrun.
 */
public final class TimeLimit implements AutoCloseable {

    /** Seconds to read one report: a real report takes well under one, the largest texts the size limit lets in ~20. */
    public static final long READ_SECONDS = 60;

    /** After the limit and this much more, a reading that never checks ends the process. */
    private static final long GRACE_NANOS = 5_000_000_000L;

    private static final ThreadLocal<TimeLimit> CURRENT = new ThreadLocal<>();
    private static final Set<TimeLimit> OPEN = ConcurrentHashMap.newKeySet();

    private final String what;
    private final long seconds;
    private final long deadline;
    private final Thread thread = Thread.currentThread();
    private final TimeLimit outer;
    private boolean interrupted;

    private TimeLimit(String what, long seconds, long deadline, TimeLimit outer) {
        this.what = what;
        this.seconds = seconds;
        this.deadline = deadline;
        this.outer = outer;
    }

    /**
     * Opens the limit on reading {@code what} (a file's name) on this thread, for {@link #READ_SECONDS} or the
     * seconds of the system property {@code jixiao.readSeconds}; closing it ends the limit. A limit opened inside
     * another keeps the outer one's deadline: a report and its form share one.
     */
    public static TimeLimit reading(Object what) {
        TimeLimit outer = CURRENT.get();
        long seconds = Long.getLong("jixiao.readSeconds", READ_SECONDS);
        TimeLimit limit = outer != null ? new TimeLimit(outer.what, outer.seconds, outer.deadline, outer)
                : new TimeLimit(String.valueOf(what), seconds, System.nanoTime() + seconds * 1_000_000_000L, null);
        CURRENT.set(limit);
        OPEN.add(limit);
        Watcher.ensureStarted();
        return limit;
    }

    /** Ends the reading of the limit on this thread when past its deadline; nothing without a limit. */
    public static void check() {
        TimeLimit limit = CURRENT.get();
        if (limit != null && System.nanoTime() - limit.deadline > 0) {
            throw limit.exceeded();
        }
    }

    /** Whether the deadline has passed: a reading that failed after it (an interrupted read) failed for time. */
    public boolean passed() {
        return System.nanoTime() - deadline > 0;
    }

    /** The failure of a reading past the limit, as said to the user. */
    public TimeLimitException exceeded() {
        return new TimeLimitException(what + ": reading stopped at the time limit of " + seconds
                + " s (a report takes under a second; is this one the report it seems?)");
    }

    @Override
    public void close() {
        OPEN.remove(this);
        CURRENT.set(outer);
        synchronized (this) {
            if (interrupted) {
                Thread.interrupted(); // an interrupt meant for this reading is not left for what the thread does next
            }
        }
    }

    private synchronized void interruptOnce() {
        if (!interrupted) {
            interrupted = true;
            thread.interrupt(); // a read that waits (a slow disk, a pipe) wakes to fail
        }
    }

    /** One daemon thread looks at the open limits a few times a second; a reading costs it nothing more. */
    private static final class Watcher {
        private static final Thread THREAD = new Thread(Watcher::watch, "jixiao-read-watchdog");

        static {
            THREAD.setDaemon(true);
            THREAD.start();
        }

        static void ensureStarted() {
            // Loading the class starts the thread, once.
        }

        private static void watch() {
            while (true) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                for (TimeLimit limit : OPEN) {
                    if (now - limit.deadline > 0) {
                        limit.interruptOnce();
                    }
                    if (now - limit.deadline - GRACE_NANOS > 0 && OPEN.contains(limit)) {
                        System.err.println("jixiao: " + limit.exceeded().getMessage().replace("reading stopped",
                                "reading did not stop") + "; the run is stopped");
                        System.err.flush();
                        Runtime.getRuntime().halt(3);
                    }
                }
            }
        }
    }
}
