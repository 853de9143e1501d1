package jixiao.record;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bytes gathered on the caller's thread and handed to a {@link Background} writer {@value #SIZE} bytes at a time, to
 * be written to {@code target} there. A batch writes a few kilobytes a report; handing each over would wake the
 * writer's thread a hundred thousand times, which costs more than the copying. {@link #flush()} hands over what is
 * gathered; the target itself is neither flushed nor closed here.
 */
final class Chunks extends OutputStream {

    static final int SIZE = 1 << 20;

    private final Background writer;
    private final OutputStream target;
    private byte[] chunk = new byte[SIZE];
    private int used;

    Chunks(Background writer, OutputStream target) {
        this.writer = writer;
        this.target = target;
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
        chunk = new byte[SIZE];
        used = 0;
        writer.submit(n, () -> target.write(full, 0, n));
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
