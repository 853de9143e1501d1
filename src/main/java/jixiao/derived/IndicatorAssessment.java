package jixiao.derived;

import java.util.List;
import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/**
 * An indicator scored by the national method: whether it met its target, its completion in percent
 * (null for qualitative ones), its score out of its weight, and the range a self-assigned score may fall in
 * (one point for quantitative indicators, the tier's band for qualitative ones).
 */
public record IndicatorAssessment(
        Indicator indicator, double weight, Double completion, boolean met, double score,
        double low, double high, String tier)
        implements Traceable {

    public String name() {
        return indicator.name();
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

    /** How far a self-assigned score lies outside the accepted range; 0 inside it. */
    public double selfScoreGap() {
        Measure self = indicator.selfScore();
        if (!self.isNumeric()) {
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
