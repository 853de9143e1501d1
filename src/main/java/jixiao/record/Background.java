package jixiao.record;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Writes done on a thread of their own, in the order given, with at most {@value #BUDGET} bytes waiting: the caller
 * goes on at once unless the writes fall that far behind. A write that fails stops the rest; the failure is
 * thrown to the caller at its next write or at {@link #drain()}.
 */
final class Background {

    /** Bytes handed over and not yet written: eight {@link Chunks}. */
    static final int BUDGET = 8 << 20;

    interface Write {
        void run() throws IOException;
    }

    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(BUDGET);
    private volatile IOException failure;

    Background(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands over a write of {@code size} bytes; waits while the budget is used up. */
    void submit(int size, Write write) throws IOException {
        rethrow();
        int permits = Math.max(1, Math.min(size, BUDGET));
        try {
            room.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        thread.execute(() -> {
            try {
                if (failure == null) {
                    write.run();
                }
            } catch (IOException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new IOException(e);
            } finally {
                room.release(permits);
            }
        });
    }

    /** Waits until every write handed over is done; throws the first that failed. */
    void drain() throws IOException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // still writing: a large batch's last part
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        rethrow();
    }

    /** Drops what is waiting and lets the write under way end: the record is being abandoned. */
    void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }
}
