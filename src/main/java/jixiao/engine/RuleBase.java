package jixiao.engine;

import java.util.List;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSet;
import jixiao.load.RuleSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
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

    /** Compiles the DRL of a rule set; every compiler problem is reported as {@code rules/x.drl:LINE:COL: …}. */
    public static RuleBase compile(RuleSet ruleSet) throws BadRulesException {
        RuleCatalog catalog = RuleCatalog.of(ruleSet.drl());
        KieServices ks = KieServices.Factory.get();
        // A release id per fingerprint keeps rule sets of one process apart.
        ReleaseId release = ks.newReleaseId("jixiao", "rules", "1.0.0-" + ruleSet.fingerprint().substring(7, 19));
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        for (RuleSource source : ruleSet.drl()) {
            kfs.write(RESOURCE_DIR + source.name(), source.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        // Drools often reports one fault several times; one line per place is enough.
        java.util.Map<String, String> byPlace = new java.util.LinkedHashMap<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String line = CompileProblem.describe(ruleSet, m);
            byPlace.putIfAbsent(line.substring(0, line.indexOf(": ")), line);
        }
        if (!byPlace.isEmpty()) {
            throw new BadRulesException(List.copyOf(byPlace.values()));
        }
        KieBase kieBase = ks.newKieContainer(release).getKieBase();
        return new RuleBase(ruleSet, catalog, kieBase);
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
}
