package jixiao.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSource;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** A rule set compiled once into a Drools {@link KieBase}, with its catalogue of rules. */
public final class RuleBase {

    private static final String RESOURCE_DIR = "src/main/resources/rules/";

    private final RuleSet ruleSet;
    private final RuleCatalog catalog;
    private final KieBase kieBase;

    private RuleBase(RuleSet ruleSet, RuleCatalog catalog, KieBase kieBase) {
        this.ruleSet = ruleSet;
        this.catalog = catalog;
        this.kieBase = kieBase;
    }

    /** The rule base of a rule set, through the cache named by {@code -Djixiao.cache} when there is one. */
    public static RuleBase compile(RuleSet ruleSet) throws BadRulesException {
        return compile(ruleSet, RuleCache.fromSystem());
    }

    /**
     * The rules of a rule set as a Drools rule base: the model built into the jar when these are the shipped rules,
     * else the compiled module from the cache, else compiled now (to Drools' executable model) and cached. Every
     * compiler problem is reported as {@code rules/x.drl:LINE:COL: …}.
     */
    public static RuleBase compile(RuleSet ruleSet, RuleCache cache) throws BadRulesException {
        RuleCatalog catalog = RuleCatalog.of(ruleSet.drl(), cache);
        KieBase ready = ready(ruleSet.drl(), cache);
        if (ready != null) {
            return new RuleBase(ruleSet, catalog, ready);
        }
        String key = RuleCache.key(ruleSet.drl());
        byte[] module = build(ruleSet);
        if (cache != null) {
            cache.put(key, module);
            catalog.keep(cache, key, ruleSet.drl());
            Path stored = cache.path(key);
            if (stored != null) {
                return new RuleBase(ruleSet, catalog, CompiledModel.fromModule(stored));
            }
        }
        KieServices ks = KieServices.Factory.get();
        KieModule loaded = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(module));
        return new RuleBase(ruleSet, catalog, ks.newKieContainer(loaded.getReleaseId()).getKieBase());
    }

    /** The compiled rules without compiling: prebuilt into the jar, or in the cache; null when neither has them. */
    private static KieBase ready(List<RuleSource> drl, RuleCache cache) {
        KieBase prebuilt = CompiledModel.prebuilt(RuleCache.drlKey(drl));
        if (prebuilt != null || cache == null) {
            return prebuilt;
        }
        String key = RuleCache.key(drl);
        Path stored = cache.path(key);
        if (stored == null) {
            return null;
        }
        try {
            return CompiledModel.fromModule(stored);
        } catch (RuntimeException | LinkageError e) {
            cache.forget(key); // unreadable: it is compiled again
            return null;
        }
    }

    /** Compiles DRL to Drools' executable model; the module (a jar) it returns is what the cache keeps. */
    static byte[] build(RuleSet ruleSet) throws BadRulesException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = ks.newReleaseId("jixiao", "rules", "1.0.0-" + RuleCache.key(ruleSet.drl()));
        KieBuilder builder = ks.newKieBuilder(fileSystem(ks, ruleSet, release)).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new BadRulesException(problems(ks, ruleSet, builder));
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /**
     * Starts bringing in the compiled form of these DRL files on another thread, so that it overlaps with reading
     * the policy, the wording and the report. {@link Preload#finish} waits for it.
     */
    public static Preload preload(List<RuleSource> drl, RuleCache cache) {
        CompletableFuture<KieBase> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(ready(drl, cache));
            } catch (RuntimeException | LinkageError e) {
                loading.completeExceptionally(e);
            }
        }, "jixiao-rule-loader");
        loader.setDaemon(true);
        loader.start();
        return new Preload(RuleCache.drlKey(drl), cache, loading);
    }

    /** A rule set's compiled form on its way in. */
    public static final class Preload {
        private final String drlKey;
        private final RuleCache cache;
        private final CompletableFuture<KieBase> loading;

        private Preload(String drlKey, RuleCache cache, CompletableFuture<KieBase> loading) {
            this.drlKey = drlKey;
            this.cache = cache;
            this.loading = loading;
        }

        /** The rule base for the rule set as finally loaded; compiles it when nothing compiled was ready. */
        public RuleBase finish(RuleSet ruleSet) throws BadRulesException {
            if (drlKey.equals(RuleCache.drlKey(ruleSet.drl()))) {
                RuleCatalog catalog = RuleCatalog.of(ruleSet.drl(), cache);
                try {
                    KieBase ready = loading.join();
                    if (ready != null) {
                        return new RuleBase(ruleSet, catalog, ready);
                    }
                } catch (CompletionException e) {
                    // compiled below
                }
            }
            return compile(ruleSet, cache);
        }
    }

    private static KieFileSystem fileSystem(KieServices ks, RuleSet ruleSet, ReleaseId release) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        for (RuleSource source : ruleSet.drl()) {
            // Named as UTF-8: Drools reads a resource without an encoding in the platform's, ASCII under LANG=C.
            kfs.write(RESOURCE_DIR + source.name(), ks.getResources().newByteArrayResource(
                    source.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8"));
        }
        return kfs;
    }

    /**
     * The executable model's compiler often gives no line; the classic DRL compiler, run only on this error path,
     * names the line and what is wrong. Its messages are used when it finds the fault too.
     */
    private static List<String> problems(KieServices ks, RuleSet ruleSet, KieBuilder executable) {
        ReleaseId probe = ks.newReleaseId("jixiao", "rules-diagnosis", "1.0.0");
        KieBuilder classic = ks.newKieBuilder(fileSystem(ks, ruleSet, probe)).buildAll(DrlProject.class);
        KieBuilder source = classic.getResults().hasMessages(Message.Level.ERROR) ? classic : executable;
        // Drools often reports one fault several times; one line per place is enough.
        Map<String, String> byPlace = new LinkedHashMap<>();
        for (Message m : source.getResults().getMessages(Message.Level.ERROR)) {
            String line = CompileProblem.describe(ruleSet, m);
            byPlace.putIfAbsent(line.substring(0, line.indexOf(": ")), line);
        }
        return List.copyOf(byPlace.values());
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    KieBase kieBase() {
        return kieBase;
    }

    private org.kie.api.runtime.KieSessionsPool pool;

    /**
     * A session for one report from Drools' pool: disposing it resets it for the next report, which saves building
     * a session per report in a batch.
     */
    synchronized org.kie.api.runtime.KieSession pooledSession() {
        if (pool == null) {
            pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }
        return pool.newKieSession();
    }
}
