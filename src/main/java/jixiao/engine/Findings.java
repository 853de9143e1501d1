package jixiao.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * rule's @id and @severity, and the facts it matched, are read from the context. The checker collects it (see
     * {@link Raised}); a session fired some other way gets it as a fact.
     */
    public static void raise(RuleContext kcontext, String subject, Object... namesAndValues) {
        Rule rule = kcontext.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), normalise(namesAndValues[i + 1]));
        }
        // A finding rests on a few facts: lists that skip what they hold already, in the order first met.
        List<String> facts = new ArrayList<>(4);
        List<Measure> evidence = new ArrayList<>(4);
        for (Object o : kcontext.getMatch().getObjects()) {
            collect(o, facts, evidence);
        }
        Finding finding = new Finding(rule.getName(), String.valueOf(meta.get("id")),
                Severity.parse(String.valueOf(meta.get("severity"))), subject, values,
                List.copyOf(facts), List.copyOf(evidence));
        if (!Raised.offer(finding)) {
            kcontext.getKieRuntime().insert(finding);
        }
    }

    private static void collect(Object o, List<String> facts, List<Measure> evidence) {
        if (o instanceof Traceable t) {
            addNew(facts, t.pointers());
            addNew(evidence, t.evidence());
        } else if (o instanceof Collection<?> c) {
            for (Object each : c) {
                collect(each, facts, evidence);
            }
        }
    }

    private static <T> void addNew(List<T> to, List<T> from) {
        for (T each : from) {
            if (!to.contains(each)) {
                to.add(each);
            }
        }
    }

    /**
     * The number as written in decimal ({@link BigDecimal#valueOf(double)}), rounded half up to two decimals, without
     * trailing zeros. Rules raise a few dozen such values a report, so the common cases skip the decimal string.
     */
    static BigDecimal twoDecimals(double d) {
        if (Math.abs(d) < 1e9) {
            if (d == Math.rint(d)) {
                return BigDecimal.valueOf((long) d).stripTrailingZeros();
            }
            // Away from a tie (…5 in the third decimal), rounding the binary value rounds the decimal one alike.
            double hundredths = d * 100;
            double fraction = hundredths - Math.floor(hundredths);
            if (Math.abs(fraction - 0.5) > 1e-6) {
                return BigDecimal.valueOf((long) Math.floor(hundredths + 0.5), 2).stripTrailingZeros();
            }
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Numbers are kept to two decimals so that messages and JSON show the same value. */
    private static Object normalise(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return null;
            }
            return twoDecimals(d);
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
