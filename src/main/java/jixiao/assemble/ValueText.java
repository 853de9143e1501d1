package jixiao.assemble;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** How finding values read inside a sentence: plain decimals, "—" for an unknown value. */
public final class ValueText {

    private ValueText() {
    }

    /**
     * The subject and each value as text, by name. Each is worded when first asked for: a template names a few of a
     * finding's values, and every report has a dozen findings to word.
     */
    static Map<String, String> of(String subject, Map<String, Object> values) {
        return new Worded(subject == null ? "" : subject, values);
    }

    private static final class Worded extends AbstractMap<String, String> {
        private final String subject;
        private final Map<String, Object> values;
        private final Map<String, String> done = new HashMap<>();

        Worded(String subject, Map<String, Object> values) {
            this.subject = subject;
            this.values = values;
        }

        @Override
        public String get(Object name) {
            if (values.containsKey(name)) { // a value named subject words over the subject, as it always has
                return done.computeIfAbsent((String) name, n -> text(values.get(n)));
            }
            return "subject".equals(name) ? subject : null;
        }

        @Override
        public boolean containsKey(Object name) {
            return "subject".equals(name) || values.containsKey(name);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> all = new LinkedHashMap<>();
            all.put("subject", subject);
            values.keySet().forEach(k -> all.put(k, get(k)));  // the subject first, as when the map was filled
            return all.entrySet();
        }
    }

    /** A number as a reader expects it: at most two decimals, no trailing zeros. */
    public static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String text(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(ValueText::text).collect(Collectors.joining("、"));
        }
        return v.toString();
    }
}
