package jixiao.assemble;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** How finding values read inside a sentence: plain decimals, "—" for an unknown value. */
public final class ValueText {

    private ValueText() {
    }

    static Map<String, String> of(String subject, Map<String, Object> values) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("subject", subject == null ? "" : subject);
        values.forEach((k, v) -> out.put(k, text(v)));
        return out;
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
