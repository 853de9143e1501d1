package jixiao.record;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a replayed output first differs from the recorded one: the line and both versions of it. Outputs are
 * compared byte for byte, a line at a time, so that a batch's output of hundreds of megabytes is never held whole.
 */
public record OutputDifference(String entry, long line, String recorded, String replayed) {

    private static final int SHOWN = 240;

    /** Null when the two are the same bytes; compressed ({@code .zst}) entries are compared by what they hold. */
    public static OutputDifference of(String entry, InputStream recorded, InputStream replayed) throws IOException {
        try (InputStream a = open(entry, recorded); InputStream b = open(entry, replayed)) {
            for (long line = 1; ; line++) {
                byte[] x = readLine(a);
                byte[] y = readLine(b);
                if (x == null && y == null) {
                    return null;
                }
                if (x == null || y == null || !Arrays.equals(x, y)) {
                    return new OutputDifference(entry, line, shown(x), shown(y));
                }
            }
        }
    }

    private static InputStream open(String entry, InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        return entry.endsWith(Zstandard.EXTENSION) ? new BufferedInputStream(Zstandard.decompressing(buffered), 1 << 16)
                : buffered;
    }

    /** The next line with its line end, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        for (int c; (c = in.read()) != -1; ) {
            line.write(c);
            if (c == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static String shown(byte[] line) {
        if (line == null) {
            return "(no more lines)";
        }
        String s = new String(line, StandardCharsets.UTF_8);
        s = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s + " (no line end)";
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
