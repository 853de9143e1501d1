package jixiao.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * A rule set compiled to Drools' executable model, turned straight into a {@link KieBase} from its model class:
 * from a module file in the cache, or from the classes built into jixiao's own jar for the shipped rules.
 */
final class CompiledModel {

    /** Where a module names its model class; the group and artifact are those RuleBase compiles under. */
    static final String MODEL_LIST = "META-INF/kie/jixiao/rules/drools-model";
    static final String PREBUILT = "/jixiao/prebuilt-rules.properties";
    /** The catalogue of the prebuilt rules (RuleCatalog), written beside the note by the same build step. */
    static final String PREBUILT_CATALOG = "/jixiao/prebuilt-catalog.json";

    private CompiledModel() {
    }

    /** Loads a compiled module file (the jar Drools writes) with a class loader of its own. */
    static KieBase fromModule(Path module) {
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {module.toUri().toURL()},
                    CompiledModel.class.getClassLoader());
            URL list = loader.findResource(MODEL_LIST);
            if (list == null) {
                throw new IllegalStateException(module + ": no " + MODEL_LIST);
            }
            try (InputStream in = list.openStream()) {
                return build(modelClass(in), loader);
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model class named in a module's model list: its last line that is not the version header. */
    static String modelClass(InputStream list) throws IOException {
        String model = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                model = line.strip();
            }
        }
        if (model == null) {
            throw new IllegalStateException("no model class in " + MODEL_LIST);
        }
        return model;
    }

    /** The shipped rules' model built into the jar, when it was built from exactly these DRL files and classes. */
    static KieBase prebuilt(String drlKey) {
        Properties p = new Properties();
        try (InputStream in = CompiledModel.class.getResourceAsStream(PREBUILT)) {
            if (in == null) {
                return null;
            }
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        if (!drlKey.equals(p.getProperty("drl")) || !CodeIdentity.get().equals(p.getProperty("code"))) {
            return null;
        }
        return build(p.getProperty("model"), CompiledModel.class.getClassLoader());
    }

    private static KieBase build(String modelClass, ClassLoader loader) {
        try {
            Model model = (Model) Class.forName(modelClass, true, loader).getDeclaredConstructor().newInstance();
            return KieBaseBuilder.createKieBaseFromModel(model,
                    KieServices.Factory.get().newKieBaseConfiguration(null, loader));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load compiled rules " + modelClass + ": " + e, e);
        }
    }
}
