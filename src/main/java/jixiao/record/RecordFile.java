package jixiao.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A record opened for reading, trusted only once every entry matches its manifest: each entry listed, with the
 * listed SHA-256, each listed entry present, none twice; and, given a public key, the manifest signed by it. What
 * fails is named: the record and the entry.
 */
public final class RecordFile implements AutoCloseable {

    private final Path path;
    private final ZipFile zip;
    private final Manifest manifest;
    private final boolean signed;

    private RecordFile(Path path, ZipFile zip, Manifest manifest, boolean signed) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
        this.signed = signed;
    }

    /** Opens and checks {@code path}; with {@code publicKey}, also its signature. */
    public static RecordFile open(Path path, Path publicKey) throws RecordException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new RecordException(path + ": no such file");
        } catch (IOException e) {
            throw new RecordException(path + ": not a jixiao record (not a zip file)");
        }
        try {
            RecordFile record = check(path, zip, publicKey);
            zip = null;
            return record;
        } finally {
            closeQuietly(zip);
        }
    }

    private static RecordFile check(Path path, ZipFile zip, Path publicKey) throws RecordException {
        ZipEntry listing = zip.getEntry(Manifest.NAME);
        if (listing == null) {
            throw new RecordException(path + ": no " + Manifest.NAME + ": not a jixiao record");
        }
        byte[] manifestBytes = bytes(path, zip, listing);
        // The signature first: a manifest changed to match a changed entry is named as the manifest.
        ZipEntry signature = zip.getEntry(RecordWriter.SIGNATURE);
        if (publicKey != null) {
            if (signature == null) {
                throw new RecordException(path + ": not signed (no " + RecordWriter.SIGNATURE
                        + "): it cannot be verified against " + publicKey);
            }
            if (!SigningKeys.verify(publicKey, manifestBytes, bytes(path, zip, signature))) {
                throw new RecordException(path + ": entry " + Manifest.NAME + " is not signed by " + publicKey
                        + " (" + RecordWriter.SIGNATURE + " does not match: the manifest or its signature was changed, "
                        + "or another key signed it)");
            }
        }
        Manifest manifest = Manifest.parse(manifestBytes, path + "!" + Manifest.NAME);
        Set<String> seen = new HashSet<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            String name = entry.getName();
            if (!seen.add(name)) {
                throw new RecordException(path + ": entry " + name + " appears twice");
            }
            if (name.equals(Manifest.NAME) || name.equals(RecordWriter.SIGNATURE)) {
                continue;
            }
            String listed = manifest.digests().get(name);
            if (listed == null) {
                throw new RecordException(path + ": entry " + name + " is not in the manifest");
            }
            String found = digest(path, zip, entry);
            if (!found.equals(listed)) {
                throw new RecordException(path + ": entry " + name + " does not match the manifest (sha256 "
                        + listed + " listed, " + found + " found): the record was changed");
            }
        }
        for (String name : manifest.digests().keySet()) {
            if (!seen.contains(name)) {
                throw new RecordException(path + ": entry " + name + " is listed in the manifest but missing");
            }
        }
        return new RecordFile(path, zip, manifest, signature != null);
    }

    private static String digest(Path path, ZipFile zip, ZipEntry entry) throws RecordException {
        MessageDigest sha = RecordWriter.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw damaged(path, entry, e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] bytes(Path path, ZipFile zip, ZipEntry entry) throws RecordException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw damaged(path, entry, e);
        }
    }

    private static RecordException damaged(Path path, ZipEntry entry, IOException e) {
        return new RecordException(path + ": entry " + entry.getName() + " is damaged ("
                + (e instanceof ZipException && e.getMessage() != null ? e.getMessage() : "cannot be read") + ")");
    }

    public Path path() {
        return path;
    }

    public boolean signed() {
        return signed;
    }

    public Set<String> names() {
        return manifest.digests().keySet();
    }

    /** What the recorded run was: {@code record.json}. */
    public RunDescription description() throws RecordException {
        if (!names().contains(RunDescription.NAME)) {
            throw new RecordException(path + ": no " + RunDescription.NAME + ": not a jixiao record");
        }
        return RunDescription.parse(read(RunDescription.NAME), path + "!" + RunDescription.NAME);
    }

    /** An entry's bytes; checked already. */
    public byte[] read(String name) throws RecordException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new RecordException(path + ": no entry " + name);
        }
        return bytes(path, zip, entry);
    }

    /** An entry as a stream, for the large ones. */
    public InputStream stream(String name) throws RecordException {
        ZipEntry entry = zip.getEntry(name);
        try {
            if (entry == null) {
                throw new RecordException(path + ": no entry " + name);
            }
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw damaged(path, entry, e);
        }
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // read only: nothing was lost
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
