package jixiao.derived;

import java.util.List;
import jixiao.model.Indicator;
import jixiao.model.Policy;
import jixiao.model.QualitativeTier;

/**
 * The national scoring method (财预〔2020〕10号) for one indicator. The rules give the weight; the numbers the
 * method uses (the ≤ convention, the qualitative tiers) come from policy.yaml.
 */
public final class ScoringMethod {

    private ScoringMethod() {
    }

    /**
     * Scores an indicator out of {@code weight}. One without a target or an actual value, or with a qualitative
     * value in no tier, is weighed but not assessed.
     */
    public static IndicatorAssessment assess(Indicator ind, double weight, boolean weightFromReport, Policy policy) {
        if (!ind.target().isPresent() || !ind.actual().isPresent()) {
            return IndicatorAssessment.unassessed(ind, weight, weightFromReport);
        }
        if (!ind.kind().isQuantitative()) {
            return qualitative(ind, weight, weightFromReport, policy);
        }
        if (!ind.actual().isNumeric()) {
            // Words where a number is due ("是", "≥90%"): nothing to score; IND-ACTUAL-NOT-MEASURED says so.
            return IndicatorAssessment.unassessed(ind, weight, weightFromReport);
        }
        double t = ind.target().number();
        double a = ind.actual().number();
        double share; // fraction of the weight earned
        boolean met;
        switch (ind.kind()) {
            case AT_LEAST -> {
                met = a >= t;
                share = met || t <= 0 ? 1 : Math.max(0, a / t);
            }
            case AT_MOST -> {
                met = a <= t;
                if (met) {
                    share = 1;
                } else if (t <= 0) {
                    share = 0;
                } else if ("linear".equals(policy.text("lowerIsBetter.scoring"))) {
                    share = Math.max(0, (2 * t - a) / t);
                } else {
                    share = t / a;
                }
            }
            default -> { // EQUAL
                met = Math.abs(a - t) < 1e-9;
                share = met ? 1 : (t <= 0 || a <= 0) ? 0 : Math.min(a / t, t / a);
            }
        }
        Double completion = switch (ind.kind()) {
            case AT_LEAST, EQUAL -> t > 0 ? 100 * a / t : null;
            default -> 100 * share;
        };
        double score = weight * share;
        return new IndicatorAssessment(ind, weight, weightFromReport, met, completion, score, score, score, null);
    }

    private static IndicatorAssessment qualitative(Indicator ind, double weight, boolean weightFromReport,
                                                   Policy policy) {
        int actualTier = tierOf(ind.actual().text(), policy);
        if (actualTier < 0) {
            return IndicatorAssessment.unassessed(ind, weight, weightFromReport);
        }
        int targetTier = Math.max(0, tierOf(ind.target().text(), policy));
        QualitativeTier tier = policy.qualitativeTiers().get(actualTier);
        boolean met = actualTier <= targetTier;
        double high = weight * tier.max();
        return new IndicatorAssessment(ind, weight, weightFromReport, met, null, high, weight * tier.min(), high,
                tier.name());
    }

    /** The tier (0 = best) whose longest label the text contains, or -1 when none does. */
    public static int tierOf(String text, Policy policy) {
        if (text == null) {
            return -1;
        }
        int best = -1;
        int bestLength = 0;
        List<QualitativeTier> tiers = policy.qualitativeTiers();
        for (int i = 0; i < tiers.size(); i++) {
            for (String l : tiers.get(i).labels()) {
                if (text.contains(l) && l.length() > bestLength) {
                    best = i;
                    bestLength = l.length();
                }
            }
        }
        return best;
    }

    /** Whether a qualitative value names a tier the policy knows. */
    public static boolean recognized(String text, Policy policy) {
        return tierOf(text, policy) >= 0;
    }
}
