package jixiao.derived;

import java.util.List;
import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/**
 * An indicator scored by the national method: the 分值 it is scored out of (the report's own, or its category's
 * default weight shared equally), whether it met its target, its completion in percent (null for qualitative
 * indicators, and for "≥" and "=" ones whose target is not above 0), its score, and the range a self-assigned score
 * may fall in (the score itself for quantitative indicators, the tier's band for qualitative ones). An indicator that
 * cannot be assessed (a value missing, or a qualitative value in no tier) still has its weight, which counts in the
 * score card, but {@code met} is null and it scores 0.
 */
public record IndicatorAssessment(
        Indicator indicator, double weight, boolean weightFromReport, Boolean met, Double completion,
        double score, double low, double high, String tier)
        implements Traceable {

    /** Weighed but not assessed: it counts in its category's weight and earns nothing. */
    static IndicatorAssessment unassessed(Indicator indicator, double weight, boolean weightFromReport) {
        return new IndicatorAssessment(indicator, weight, weightFromReport, null, null, 0, 0, 0, null);
    }

    public String name() {
        return indicator.name();
    }

    public boolean assessed() {
        return met != null;
    }

    /** Actual ÷ target for "≥" indicators, the ratio the over-achievement rule compares. */
    public double overRatio() {
        Measure t = indicator.target();
        Measure a = indicator.actual();
        if (!t.isNumeric() || !a.isNumeric() || t.number() <= 0) {
            return 0;
        }
        return a.number() / t.number();
    }

    /** How far a self-assigned score lies outside the accepted range; 0 inside it, and 0 when not assessed. */
    public double selfScoreGap() {
        Measure self = indicator.selfScore();
        if (!self.isNumeric() || !assessed()) {
            return 0;
        }
        double s = self.number();
        return s < low ? low - s : s > high ? s - high : 0;
    }

    @Override
    public List<String> pointers() {
        return indicator.pointers();
    }

    @Override
    public List<Measure> evidence() {
        return indicator.evidence();
    }
}
