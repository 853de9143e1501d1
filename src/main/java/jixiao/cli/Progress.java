package jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress line on stderr for a long batch: only at a terminal, and only once the run passes a second. */
final class Progress {

    private final Thread thread;
    private final PrintWriter err;
    private volatile boolean shown;

    private Progress(Thread thread, PrintWriter err) {
        this.thread = thread;
        this.err = err;
    }

    static Progress start(PrintWriter err, int total, AtomicInteger done) {
        if (System.console() == null) {
            return new Progress(null, err);
        }
        Progress[] self = new Progress[1];
        long start = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(1000);
                while (!Thread.currentThread().isInterrupted()) {
                    int n = done.get();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    int width = 30;
                    int filled = total == 0 ? width : (int) ((long) width * n / total);
                    err.printf("\r[%s%s] %d/%d reports, %.0f/s ", "#".repeat(filled), " ".repeat(width - filled), n,
                            total, n / seconds);
                    err.flush();
                    self[0].shown = true;
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
        if (shown) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
