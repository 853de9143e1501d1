package jixiao.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jixiao.model.Traceable;
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

        /**
         * The step as it concerns one fact it derived: a list the match collected is narrowed to the members that
         * fact is about (those whose input facts it names), when that is some of them but not all.
         */
        Step about(Traceable fact) {
            List<Object> narrowed = new ArrayList<>(matched.size());
            boolean changed = false;
            for (Object o : matched) {
                if (o instanceof List<?> list) {
                    List<Object> members = new ArrayList<>();
                    for (Object m : list) {
                        if (m instanceof Traceable t && !t.pointers().isEmpty()
                                && fact.pointers().containsAll(t.pointers())) {
                            members.add(m);
                        }
                    }
                    if (!members.isEmpty() && members.size() < list.size()) {
                        narrowed.add(new Collected(list.size(), List.copyOf(members)));
                        changed = true;
                        continue;
                    }
                }
                narrowed.add(o);
            }
            return changed ? new Step(ruleName, List.copyOf(narrowed)) : this;
        }
    }

    /** A list a rule collected, of {@code size} facts, shown by the {@code members} a derived fact is about. */
    public record Collected(int size, List<Object> members) {
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
            byFact.put(fact, fact instanceof Traceable t ? firing.about(t) : firing);
        }
    }

    /** The step that inserted a fact, or null for an input fact. */
    public Step of(Object fact) {
        return byFact.get(fact);
    }
}
