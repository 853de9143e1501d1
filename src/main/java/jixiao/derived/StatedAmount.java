package jixiao.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.model.Policy;
import jixiao.model.Statement;
import jixiao.model.Traceable;

/**
 * An amount of money a paragraph of the results names ("价值约34万元的物资"), in 万元, in a paragraph that says
 * nothing of another source of funds. A rule holds it against the project's whole budget.
 */
public record StatedAmount(Statement statement, double wanYuan, String quote) implements ReadFrom {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern MONEY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([千万亿]?元)");

    public static List<StatedAmount> in(Statement s, Policy policy) {
        List<StatedAmount> out = new ArrayList<>();
        if (s.text().indexOf('元') < 0 || TextMatch.containsAny(s.text(), policy.list("review.amounts.otherSources"))) {
            return out;
        }
        // Full-width digits and thousands separators as a number is read anywhere else.
        String text = THOUSANDS.matcher(jixiao.document.TextForms.halfWidth(s.text())).replaceAll("");
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            Double w = wanYuan(Double.parseDouble(m.group(1)), m.group(2), policy);
            if (w != null) {
                out.add(new StatedAmount(s, w, clause(text, m.start(), m.end())));
            }
        }
        return out;
    }

    /** The clause around an amount, between the punctuation before and after it: what the amount is of. */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && ",，。；：;:\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ",，。；;\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /** A money value in 万元 by the units of policy {@code review.money.units}; null when the unit is no money. */
    public static Double wanYuan(double value, String unit, Policy policy) {
        com.fasterxml.jackson.databind.JsonNode factor = policy.node("review.money.units").path(unit == null ? "" : unit);
        return factor.isNumber() ? value * factor.doubleValue() : null;
    }

    @Override
    public Traceable source() {
        return statement;
    }
}
