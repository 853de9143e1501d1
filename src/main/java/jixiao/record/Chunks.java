package jixiao.record;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Queue;

/**
 * Bytes gathered on the caller's thread and handed to a {@link Background} writer {@value #SIZE} bytes at a time, to
 * be written to {@code target} there. A batch writes a few kilobytes a report; handing each over would wake the
 * writer's thread a hundred thousand times, which costs more than the copying. A chunk written goes back to
 * {@code spare} for the next: the few the writer's budget lets wait are made once, not a thousand times over, and
 * are not copied from one collection to the next as new ones would be. {@link #flush()} hands over what is gathered;
 * the target itself is neither flushed nor closed here.
 */
final class Chunks extends OutputStream {

    static final int SIZE = 1 << 20;

    private final Background writer;
    private final OutputStream target;
    private final Queue<byte[]> spare;
    private byte[] chunk;
    private int used;

    /** {@code spare}: chunks written and free again, shared by the streams of one writer. */
    Chunks(Background writer, OutputStream target, Queue<byte[]> spare) {
        this.writer = writer;
        this.target = target;
        this.spare = spare;
        this.chunk = next();
    }

    private byte[] next() {
        byte[] free = spare.poll();
        return free != null ? free : new byte[SIZE];
    }

    @Override
    public void write(int b) throws IOException {
        if (used == chunk.length) {
            flush();
        }
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == chunk.length) {
                flush();
            }
            int n = Math.min(len, chunk.length - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Hands over what is gathered: the chunk now belongs to the writer, and a new one is begun. */
    @Override
    public void flush() throws IOException {
        if (used == 0) {
            return;
        }
        byte[] full = chunk;
        int n = used;
        chunk = next();
        used = 0;
        writer.submit(n, () -> {
            target.write(full, 0, n);
            spare.offer(full);
        });
    }

    /** Hands over what is gathered; the chunk being filled goes back to the spares. */
    @Override
    public void close() throws IOException {
        flush();
        spare.offer(chunk);
        chunk = null;
    }
}
