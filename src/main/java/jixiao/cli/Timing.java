package jixiao.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** With {@code -Djixiao.timing=true}, how long each phase of a run took, on stderr; otherwise nothing. */
final class Timing {

    private final PrintWriter err;
    private long last = System.nanoTime();

    private Timing(PrintWriter err) {
        this.err = err;
        if (err != null) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            err.println("timing: JVM start to main " + sinceStart + " ms");
        }
    }

    static Timing fromSystem(PrintWriter err) {
        return new Timing(Boolean.getBoolean("jixiao.timing") ? err : null);
    }

    void mark(String phase) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        err.println("timing: " + phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }
}
