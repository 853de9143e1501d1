package jixiao.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jixiao.load.RuleSetLoader;
import jixiao.load.RuleSource;
import org.kie.api.KieServices;

/**
 * Compiled rule sets kept on disk, so that only the first run after a rule edit pays for compiling. An entry is
 * the executable-model module Drools builds from the DRL, named by a hash of the DRL text, jixiao's own classes and
 * the Drools version: any change to one of them is a different entry, so an entry is never stale. Policy numbers
 * and wording are read at run time and are not part of the key.
 */
public final class RuleCache {

    private final Path dir;

    public RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cache named by {@code -Djixiao.cache}, else none (compile every time). */
    public static RuleCache fromSystem() {
        String dir = System.getProperty("jixiao.cache");
        return dir == null || dir.isBlank() ? null : new RuleCache(Path.of(dir));
    }

    public Path dir() {
        return dir;
    }

    /** How many compiled rule sets the cache keeps: the ones used last; an edit a minute for half an hour. */
    static final int KEEP = 32;

    /** The compiled module file for a key, or null when there is none yet. A hit marks the entry as used now. */
    Path path(String key) {
        Path file = dir.resolve(key + ".kjar");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // an entry that cannot be marked is only pruned sooner
        }
        return file;
    }

    /**
     * Stores a compiled module whole or not at all, and drops the entries used longest ago beyond {@link #KEEP}; a
     * cache that cannot be written is simply not used.
     */
    void put(String key, byte[] module) {
        store(key + ".kjar", out -> out.write(module));
        prune();
    }

    private void prune() {
        List<Path> modules;
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            modules = files.filter(f -> f.getFileName().toString().endsWith(".kjar")).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (modules.size() <= KEEP) {
            return;
        }
        java.util.Map<Path, Long> used = new java.util.HashMap<>();
        for (Path m : modules) {
            try {
                used.put(m, Files.getLastModifiedTime(m).toMillis());
            } catch (IOException e) {
                used.put(m, 0L);
            }
        }
        List<Path> oldestFirst = modules.stream()
                .sorted(java.util.Comparator.comparing((Path m) -> used.get(m)).thenComparing(Path::toString)).toList();
        for (Path m : oldestFirst.subList(0, modules.size() - KEEP)) {
            String key = m.getFileName().toString().replace(".kjar", "");
            forget(key);
        }
    }

    /** Something the cache reads back from a stream: null when what it holds does not fit. */
    interface Reader<T> {
        T read(java.io.InputStream in) throws IOException;
    }

    /** Something the cache writes to a stream. */
    interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** The rules' catalogue kept beside a compiled rule set (RuleCatalog), or null when none is or it is unreadable. */
    <T> T catalogue(String key, Reader<T> reader) {
        Path file = dir.resolve(key + ".catalog.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores the rules' catalogue whole or not at all, as {@link #put} does a module. */
    void putCatalogue(String key, Writer writer) {
        store(key + ".catalog.json", writer);
    }

    /** Writes a temporary file beside the entry, then moves it into place in one step. */
    private void store(String name, Writer writer) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, name, ".tmp");
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Caching is an optimisation only; a half-written temporary file is not left behind.
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    void forget(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + ".kjar"));
            Files.deleteIfExists(dir.resolve(key + ".catalog.json"));
        } catch (IOException e) {
            // nothing to do: the next put replaces it
        }
    }

    /** The key of a rule set's compiled form: its DRL, jixiao's classes and the Drools version. */
    static String key(List<RuleSource> drl) {
        MessageDigest sha = sha256();
        sha.update(drlKey(drl).getBytes(StandardCharsets.UTF_8));
        sha.update(CodeIdentity.get().getBytes(StandardCharsets.UTF_8));
        Package drools = KieServices.class.getPackage();
        String version = drools == null ? null : drools.getImplementationVersion();
        sha.update((version == null ? "drools" : version).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    /** A hash of the DRL text alone, as the fingerprint hashes files. */
    static String drlKey(List<RuleSource> drl) {
        return RuleSetLoader.digest(drl);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
