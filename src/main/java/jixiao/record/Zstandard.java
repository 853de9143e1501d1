package jixiao.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Zstandard (RFC 8878, the {@code zstd} tool's format) for the large entries of a batch's record: at its fastest
 * level it compresses reports about three times as fast as deflate's fastest, and smaller, which is most of what a
 * record costs a batch. Each stream is one frame with its content checksum, so {@code zstd -t} tests an entry
 * unpacked from the record. The native library is loaded only when a batch's record is written or read; a machine it
 * cannot load on gets one line, not a crash.
 */
final class Zstandard {

    /** The ending of an entry compressed so. */
    static final String EXTENSION = ".zst";

    /** The fastest of the standard levels: deterministic, single-threaded. */
    private static final int LEVEL = 1;

    private Zstandard() {
    }

    static OutputStream compressing(OutputStream out) throws IOException {
        try {
            var z = new com.github.luben.zstd.ZstdOutputStreamNoFinalizer(out, LEVEL);
            z.setChecksum(true);
            return z;
        } catch (LinkageError e) {
            throw unavailable(e);
        }
    }

    static InputStream decompressing(InputStream in) throws IOException {
        try {
            return new com.github.luben.zstd.ZstdInputStreamNoFinalizer(in);
        } catch (LinkageError e) {
            throw unavailable(e);
        }
    }

    private static IOException unavailable(LinkageError e) {
        return new IOException("the Zstandard compressor cannot be loaded on this machine ("
                + jixiao.load.LibraryWords.plain(String.valueOf(e.getMessage())) + ")");
    }
}
