package jixiao;

import java.nio.file.Path;
import jixiao.engine.RuleBase;
import jixiao.load.RuleSetLoader;

/** The shipped rules, compiled once for the whole test run (compiling DRL takes seconds). */
public final class TestRules {

    public static final Path DIR = Path.of("rules");
    private static RuleBase shipped;

    private TestRules() {
    }

    public static synchronized RuleBase shipped() {
        if (shipped == null) {
            try {
                shipped = RuleBase.compile(new RuleSetLoader().load(DIR));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return shipped;
    }

    /** A copy of the shipped rule files in {@code dir} (made), for a test that edits them. */
    public static Path copyShipped(Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(DIR)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
