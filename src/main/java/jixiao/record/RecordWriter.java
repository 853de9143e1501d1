package jixiao.record;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a record as a zip that the same run writes byte for byte again: entries in name order (checked), each
 * dated 1980-01-01 00:00, then {@link Manifest#NAME} with every entry's SHA-256 and, when signed, its Ed25519
 * signature {@link #SIGNATURE}.
 */
public final class RecordWriter {

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
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
        digests.put(name, HexFormat.of().formatHex(sha256().digest(content)));
    }

    /** A file already compressed (a batch's large entries, spooled as it runs), stored as it is; {@code crc}: its CRC. */
    public void addStored(String name, Path file, long crc) throws IOException {
        zip.putNextEntry(stored(entry(name), Files.size(file), crc));
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

    /** {@code entry} made a stored one of {@code size} bytes whose CRC-32 is {@code crc}, as a zip needs before it. */
    static ZipEntry stored(ZipEntry entry, long size, long crc) {
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(size);
        entry.setCompressedSize(size);
        entry.setCrc(crc);
        return entry;
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
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        if (name.compareTo(last) <= 0) {
            throw new IllegalStateException("record entries out of order: " + name + " after " + last);
        }
        last = name;
        return dated(name);
    }

    /** An entry named {@code name}, dated as every entry of every record is. */
    static ZipEntry dated(String name) {
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
}
