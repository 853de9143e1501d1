package jixiao.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.model.Measure;
import jixiao.model.Traceable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper rules call to raise a finding ({@code import function jixiao.engine.Findings.raise}). It takes
 * {@code kcontext} so that it works both for DRL compiled at run time and for the executable model.
 */
public final class Findings {

    private Findings() {
    }

    /**
     * Raises a finding of the firing rule about {@code subject}, with values given as name, value pairs. The
     * rule's @id and @severity, and the facts it matched, are read from the context.
     */
    public static void raise(RuleContext kcontext, String subject, Object... namesAndValues) {
        Rule rule = kcontext.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), normalise(namesAndValues[i + 1]));
        }
        Set<String> facts = new LinkedHashSet<>();
        Set<Measure> evidence = new LinkedHashSet<>();
        for (Object o : kcontext.getMatch().getObjects()) {
            collect(o, facts, evidence);
        }
        kcontext.getKieRuntime().insert(new Finding(rule.getName(), String.valueOf(meta.get("id")),
                Severity.parse(String.valueOf(meta.get("severity"))), subject, values,
                List.copyOf(facts), List.copyOf(evidence)));
    }

    private static void collect(Object o, Set<String> facts, Set<Measure> evidence) {
        if (o instanceof Traceable t) {
            facts.addAll(t.pointers());
            evidence.addAll(t.evidence());
        } else if (o instanceof Collection<?> c) {
            for (Object each : c) {
                collect(each, facts, evidence);
            }
        }
    }

    /** Numbers are kept to two decimals so that messages and JSON show the same value. */
    private static Object normalise(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                // A whole number needs no rounding; this gives the same value as the general path, faster.
                return BigDecimal.valueOf((long) d).stripTrailingZeros();
            }
            return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object each : c) {
                out.add(normalise(each));
            }
            return out;
        }
        return value;
    }
}
