package jixiao.record;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a record as a zip that the same run writes byte for byte again: entries in name order (checked), each
 * dated 1980-01-01 00:00, then {@link Manifest#NAME} with every entry's SHA-256 and, when signed, its Ed25519
 * signature {@link #SIGNATURE}.
 */
public final class RecordWriter implements AutoCloseable {

    /** The signature of the manifest's bytes, raw (64 bytes), as {@code openssl pkeyutl -verify -rawin} reads it. */
    public static final String SIGNATURE = Manifest.NAME + ".sig";

    /** The earliest time a zip entry can carry without an extra field: the same for every entry of every record. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ZipOutputStream zip;
    private final Map<String, String> digests = new LinkedHashMap<>();
    private String last = "";

    public RecordWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** A small entry, compressed. */
    public void add(String name, byte[] content) throws IOException {
        try (OutputStream out = open(name, Deflater.DEFAULT_COMPRESSION)) {
            out.write(content);
        }
    }

    /**
     * A large entry written as it comes, compressed at {@code level} (a batch's inputs at the fastest level): closing
     * the stream ends the entry.
     */
    public OutputStream open(String name, int level) throws IOException {
        ZipEntry entry = entry(name);
        zip.setLevel(level);
        zip.putNextEntry(entry);
        MessageDigest sha = sha256();
        return new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
                sha.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
                sha.update(b, off, len);
            }

            @Override
            public void flush() {
                // the zip is flushed when the record is finished
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
                digests.put(name, HexFormat.of().formatHex(sha.digest()));
            }
        };
    }

    /** A file already compressed (a batch's large entries, spooled as it runs), stored as it is: {@code crc} is the file's CRC-32. */
    public void addStored(String name, Path file, long crc) throws IOException {
        ZipEntry entry = entry(name);
        long size = Files.size(file);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        zip.putNextEntry(entry);
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                sha.update(buffer, 0, n);
            }
        }
        zip.closeEntry();
        digests.put(name, HexFormat.of().formatHex(sha.digest()));
    }

    /** Writes the manifest and, given a private key, its signature; then the zip's directory. */
    public void finish(Path signingKey) throws IOException, RecordException {
        Manifest manifest = new Manifest(digests);
        last = "";
        byte[] bytes = manifest.bytes();
        addUnlisted(Manifest.NAME, bytes);
        if (signingKey != null) {
            addUnlisted(SIGNATURE, SigningKeys.sign(signingKey, bytes));
        }
        zip.finish();
    }

    private void addUnlisted(String name, byte[] content) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        if (name.compareTo(last) <= 0) {
            throw new IllegalStateException("record entries out of order: " + name + " after " + last);
        }
        last = name;
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
