package jixiao.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Records changed on purpose, as someone editing one after the fact would. */
final class Records {

    private Records() {
    }

    /** The entries of a record, in the order the zip holds them. */
    static List<String> entries(Path record) throws IOException {
        try (ZipFile zip = new ZipFile(record.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    /**
     * A copy of {@code record} with one entry's bytes changed; with {@code fixManifest}, its manifest line changed to
     * match, as a forger would.
     */
    static void rewrite(Path record, Path to, String name, UnaryOperator<byte[]> change, boolean fixManifest)
            throws IOException {
        try (ZipFile zip = new ZipFile(record.toFile());
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            byte[] changed = change.apply(zip.getInputStream(zip.getEntry(name)).readAllBytes());
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = e.getName().equals(name) ? changed : zip.getInputStream(e).readAllBytes();
                if (fixManifest && e.getName().equals(Manifest.NAME)) {
                    bytes = relisted(bytes, name, changed);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** One byte of {@code bytes} changed: the middle one, its lowest bit flipped. */
    static byte[] oneByteChanged(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 1;
        return copy;
    }

    /**
     * A copy of the record's file with one byte changed inside an entry's data as the zip stores it (compressed),
     * not through a zip library: found by the entry's local header, which comes before the central directory.
     */
    static void flipStoredByte(Path record, Path to, String name) throws IOException {
        byte[] zip = Files.readAllBytes(record);
        byte[] header = {'P', 'K', 3, 4};
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 30 < zip.length; at++) {
            if (startsWith(zip, at, header) && startsWith(zip, at + 30, nameBytes)) {
                int nameLength = (zip[at + 26] & 0xff) | (zip[at + 27] & 0xff) << 8;
                int extraLength = (zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8;
                if (nameLength != nameBytes.length) {
                    continue;
                }
                int start = at + 30 + nameLength + extraLength;
                int end = next(zip, start);
                zip[start + (end - start) / 2] ^= 1;
                Files.write(to, zip);
                return;
            }
        }
        throw new IllegalArgumentException("no local header for " + name);
    }

    /** Where the entry's data ends: the next local header, data descriptor or central directory entry. */
    private static int next(byte[] zip, int from) {
        for (int i = from + 1; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && (zip[i + 2] == 3 && zip[i + 3] == 4
                    || zip[i + 2] == 7 && zip[i + 3] == 8 || zip[i + 2] == 1 && zip[i + 3] == 2)) {
                return i;
            }
        }
        return zip.length;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] relisted(byte[] manifest, String name, byte[] content) {
        String hex;
        try {
            hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).lines().toList()) {
            lines.add(line.endsWith("  " + name) ? hex + "  " + name : line);
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
