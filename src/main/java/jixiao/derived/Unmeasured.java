package jixiao.derived;

import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.Policy;
import jixiao.model.Traceable;

/**
 * A quantitative indicator whose 实际完成值 is words where a number is due: the target copied ("≥90%"), or a bare
 * "是"/"基本达到". Nothing can be scored from it.
 */
public record Unmeasured(Indicator indicator, boolean copiesTarget) implements ReadFrom {

    /** Null when the actual is a number, or blank, or the indicator is qualitative. */
    public static Unmeasured of(Indicator i, Policy policy) {
        Measure a = i.actual();
        if (!i.kind().isQuantitative() || a.isNumeric() || a.text() == null || a.text().isBlank()) {
            return null;
        }
        String text = a.text().strip();
        boolean copies = TextMatch.containsAny(text, policy.list("review.measurability.signs"))
                || (i.target().text() != null && text.equals(i.target().text().strip()));
        return new Unmeasured(i, copies);
    }

    @Override
    public Traceable source() {
        return indicator;
    }
}
