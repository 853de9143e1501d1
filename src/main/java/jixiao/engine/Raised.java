package jixiao.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings raised while a checker fires a session's rules. No rule matches a finding, so a finding need not be
 * a fact: it is handed here instead of being inserted, which spares Drools a fact and its propagation each time.
 * Drools runs the consequences of {@code fireAllRules} on the calling thread, so the collection is kept per thread
 * and is open only around that call.
 */
final class Raised implements AutoCloseable {

    private static final ThreadLocal<Raised> OPEN = new ThreadLocal<>();

    private final List<Finding> findings = new ArrayList<>();
    private final Derivations derivations;
    /** The collection open before this one on the thread (a check run from inside a rule), put back on close. */
    private final Raised outer;

    private Raised(Derivations derivations, Raised outer) {
        this.derivations = derivations;
        this.outer = outer;
    }

    /** Opens the collection for this thread; {@code derivations}, when given, also learns which rule raised each. */
    static Raised open(Derivations derivations) {
        Raised raised = new Raised(derivations, OPEN.get());
        OPEN.set(raised);
        return raised;
    }

    /** Takes the finding if a collection is open on this thread; otherwise the caller inserts it as a fact. */
    static boolean offer(Finding finding) {
        Raised raised = OPEN.get();
        if (raised == null) {
            return false;
        }
        raised.findings.add(finding);
        if (raised.derivations != null) {
            raised.derivations.recordFiring(finding);
        }
        return true;
    }

    /** The findings in the order the rules raised them. */
    List<Finding> findings() {
        return findings;
    }

    @Override
    public void close() {
        if (outer == null) {
            OPEN.remove();
        } else {
            OPEN.set(outer);
        }
    }
}
