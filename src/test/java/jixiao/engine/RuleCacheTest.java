package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules cache keeps the compiled rule sets used last, with their catalogues, and drops the rest. */
class RuleCacheTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheEntriesUsedLast() throws Exception {
        RuleCache cache = new RuleCache(dir);
        for (int i = 0; i < RuleCache.KEEP; i++) {
            cache.put("k" + i, new byte[] {1});
            cache.putCatalogue("k" + i, out -> out.write('{'));
            Files.setLastModifiedTime(dir.resolve("k" + i + ".kjar"), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        // k0 is the oldest by its time, but a hit marks it as used now: k1 goes first
        assertThat(cache.path("k0")).isNotNull();
        cache.put("new", new byte[] {2});
        assertThat(cache.path("k1")).isNull();
        assertThat(dir.resolve("k1.catalog.json")).doesNotExist();
        assertThat(cache.path("k0")).isNotNull();
        assertThat(cache.path("new")).isNotNull();
        assertThat(cache.path("k2")).isNotNull();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".kjar")).count()).isEqualTo(RuleCache.KEEP);
        }
    }

    @Test
    void aWriteThatFailsLeavesNoEntryAndNoTemporaryFile() throws Exception {
        RuleCache cache = new RuleCache(dir);
        cache.putCatalogue("k", out -> {
            out.write('{');
            throw new java.io.IOException("disk full");
        });
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }
}
