package jixiao.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Which rule inserted each derived fact, and on which facts it matched: the chain {@code explain} prints.
 * Recorded by listening to the session, so the rules need not say anything about it.
 */
public final class Derivations {

    /** One derivation: the rule that fired and the facts its match held. */
    public record Step(String ruleName, List<Object> matched) {
    }

    private final Map<Object, Step> byFact = new IdentityHashMap<>();
    private Step firing;

    static Derivations attach(KieSession session) {
        Derivations d = new Derivations();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                d.firing = new Step(event.getMatch().getRule().getName(), List.copyOf(event.getMatch().getObjects()));
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                d.firing = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                d.recordFiring(event.getObject());
            }
        });
        return d;
    }

    /** Attributes a fact, or a finding (handed over rather than inserted), to the match now firing. */
    void recordFiring(Object fact) {
        if (firing != null) {
            byFact.put(fact, firing);
        }
    }

    /** The step that inserted a fact, or null for an input fact. */
    public Step of(Object fact) {
        return byFact.get(fact);
    }
}
