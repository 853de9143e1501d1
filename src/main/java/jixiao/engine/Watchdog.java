package jixiao.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.runtime.KieSession;

/**
 * Stops a session that fires for too long, so that one report whose rules never settle cannot hold up a batch.
 * Runs register when they start and leave when they end; one daemon thread looks at them a few times a second.
 * A report thus costs no timer and wakes no thread: a batch starts and ends hundreds of runs a second.
 */
final class Watchdog {

    /** One session firing for one report; it may be halted only until it has ended. */
    static final class Run {
        private final KieSession session;
        private final long deadline;
        private final Thread thread = Thread.currentThread();
        /** The rule whose consequence runs now (set before each firing), to name one that never yields. */
        volatile String firing;
        private final java.util.function.Function<String, String> describe;
        private boolean ended;
        private boolean halted;

        private Run(KieSession session, long deadline, java.util.function.Function<String, String> describe) {
            this.session = session;
            this.deadline = deadline;
            this.describe = describe;
        }

        /** Ends the run; true when the watchdog halted it first. */
        synchronized boolean end() {
            ended = true;
            return halted;
        }

        private synchronized void haltIfRunning() {
            // The session goes back to the pool when its run ends: a later report's run must never be cut short.
            if (!ended && !halted) {
                halted = true;
                session.halt();
                thread.interrupt(); // a rule asleep (Thread.sleep, a blocking read) wakes to fail
            }
        }

        private synchronized boolean stuck() {
            return halted && !ended;
        }
    }

    /** After the limit and this much more, a rule that has not yielded (a loop in its consequence) ends the process. */
    private static final long GRACE_NANOS = 5_000_000_000L;

    private static final long LOOK_EVERY_MILLIS = 200;

    private final long limitNanos;
    private final Set<Run> running = ConcurrentHashMap.newKeySet();

    Watchdog(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000;
        Thread t = new Thread(this::watch, "jixiao-watchdog");
        t.setDaemon(true);
        t.start();
    }

    Run start(KieSession session, java.util.function.Function<String, String> describe) {
        Run run = new Run(session, System.nanoTime() + limitNanos, describe);
        running.add(run);
        return run;
    }

    /** Ends the run; true when it was halted for running too long. */
    boolean end(Run run) {
        running.remove(run);
        return run.end();
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Run run : running) {
                if (now - run.deadline > 0) {
                    run.haltIfRunning();
                }
                if (now - run.deadline - GRACE_NANOS > 0 && run.stuck()) {
                    // Drools cannot stop a consequence that never returns: nothing short of the process can.
                    String rule = run.firing == null ? "a rule" : run.describe.apply(run.firing);
                    System.err.println("jixiao: " + rule + " does not yield: still running "
                            + (limitNanos + GRACE_NANOS) / 1_000_000_000 + " s into one report; the run is stopped");
                    System.err.flush();
                    Runtime.getRuntime().halt(3);
                }
            }
        }
    }
}
