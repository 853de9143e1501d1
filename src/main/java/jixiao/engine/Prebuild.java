package jixiao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;

/**
 * Build step: compiles the shipped rules to the executable model and writes the classes into the build output,
 * with a note of the DRL and classes they were built from. A run on the same rules then starts without compiling.
 * A rule set that does not compile is left to be reported when jixiao runs, so the build itself goes on.
 */
public final class Prebuild {

    private Prebuild() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        dropEarlierPrebuilds(out);
        RuleSet set;
        byte[] module;
        try {
            set = new RuleSetLoader().load(rules);
            module = RuleBase.build(set);
        } catch (BadRulesException e) {
            System.err.println("jixiao prebuild: rules not prebuilt; jixiao will report this when it runs:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return;
        }
        String model = null;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(module))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals(CompiledModel.MODEL_LIST)) {
                    model = CompiledModel.modelClass(nonClosing(zip));
                } else if (name.endsWith(".class") && !e.isDirectory()) {
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Properties p = new Properties();
        p.setProperty("drl", RuleCache.drlKey(set.drl()));
        p.setProperty("code", CodeIdentity.get());
        p.setProperty("model", model);
        Path file = out.resolve(CompiledModel.PREBUILT.substring(1));
        Files.createDirectories(file.getParent());
        // The catalogue carries its own key; without one, a run parses the DRL as it does for any other rules.
        Path catalogue = out.resolve(CompiledModel.PREBUILT_CATALOG.substring(1));
        try (OutputStream o = Files.newOutputStream(catalogue)) {
            RuleCatalog.parse(set.drl()).write(o, set.drl());
        } catch (BadRulesException e) {
            Files.deleteIfExists(catalogue);
            System.err.println("jixiao prebuild: rules catalogue not prebuilt: " + String.join("; ", e.problems()));
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            p.store(o, "rules prebuilt by jixiao.engine.Prebuild");
        }
    }

    /**
     * Deletes what earlier prebuilds wrote to the build output: every class outside {@code jixiao/} (jixiao's own,
     * which javac writes there), and the note and catalogue of the rules they were built from. A build without
     * {@code mvn clean} would otherwise keep the classes of every rule set ever prebuilt, and the jar with them (one
     * working copy's had grown to 18,000 entries and 29 MB, and a cold start read them all).
     */
    static void dropEarlierPrebuilds(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        Path own = out.resolve("jixiao");
        List<Path> outside;
        try (Stream<Path> files = Files.walk(out)) {
            // Deepest first, so that a folder is looked at after what it held.
            outside = files.filter(f -> !f.startsWith(own) && !f.equals(out))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path f : outside) {
            if (f.toString().endsWith(".class")) {
                Files.delete(f);
            } else if (Files.isDirectory(f) && isEmpty(f)) {
                Files.delete(f);
            }
        }
        Files.deleteIfExists(out.resolve(CompiledModel.PREBUILT.substring(1)));
        Files.deleteIfExists(out.resolve(CompiledModel.PREBUILT_CATALOG.substring(1)));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.findAny().isEmpty();
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream goes on
            }
        };
    }
}
