package jixiao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
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

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream goes on
            }
        };
    }
}
