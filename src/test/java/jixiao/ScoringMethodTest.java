package jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jixiao.derived.IndicatorAssessment;
import jixiao.derived.ScoringMethod;
import jixiao.model.Category;
import jixiao.model.Indicator;
import jixiao.model.IndicatorKind;
import jixiao.model.Measure;
import jixiao.model.Policy;
import org.junit.jupiter.api.Test;

/** The national method's arithmetic, kind by kind, with the shipped policy numbers. */
class ScoringMethodTest {

    private static final Policy POLICY = TestRules.shipped().ruleSet().policy();

    private static Indicator indicator(IndicatorKind kind, Object target, Object actual) {
        return new Indicator(0, Category.OUTPUT, "数量指标", "x", kind, measure(target), measure(actual), null,
                measure(null), measure(null), null, measure(null), null);
    }

    private static Measure measure(Object v) {
        return v instanceof Number n ? new Measure(n.doubleValue(), null, "/x", null)
                : new Measure(null, (String) v, "/x", null);
    }

    @Test
    void atLeastIsProportionalBelowTargetAndFullAbove() {
        IndicatorAssessment a = ScoringMethod.assess(indicator(IndicatorKind.AT_LEAST, 60, 55), 10, false, POLICY);
        assertThat(a.met()).isFalse();
        assertThat(a.completion()).isCloseTo(91.667, within(0.001));
        assertThat(a.score()).isCloseTo(9.1667, within(0.001));
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_LEAST, 60, 90), 10, false, POLICY).score()).isEqualTo(10);
    }

    @Test
    void selfScoreExampleFromPractice() {
        // 69 of 120 on a weight of 2 is 1.15 by the method, not the 1 a report gave.
        IndicatorAssessment a = ScoringMethod.assess(indicator(IndicatorKind.AT_LEAST, 120, 69), 2, false, POLICY);
        assertThat(a.score()).isCloseTo(1.15, within(0.001));
    }

    @Test
    void atMostByRatioAndByLinear() {
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_MOST, 500, 625), 10, false, POLICY).score())
                .isCloseTo(8, within(1e-9));
        ObjectNode root = POLICY.node("lowerIsBetter").deepCopy();
        JsonNode linear = policyWith("lowerIsBetter", root.put("scoring", "linear"));
        Policy p = new Policy(linear);
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_MOST, 500, 625), 10, false, p).score())
                .isCloseTo(7.5, within(1e-9));
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_MOST, 500, 1000), 10, false, p).score()).isZero();
    }

    @Test
    void atMostWithTargetZero() {
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_MOST, 0, 0), 10, false, POLICY).score()).isEqualTo(10);
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_MOST, 0, 1), 10, false, POLICY).score()).isZero();
    }

    @Test
    void equalScoresTheSmallerRatio() {
        IndicatorAssessment a = ScoringMethod.assess(indicator(IndicatorKind.EQUAL, 10, 12), 6, false, POLICY);
        assertThat(a.met()).isFalse();
        assertThat(a.score()).isCloseTo(5, within(1e-9));
    }

    @Test
    void qualitativeTiersAndTheirBands() {
        IndicatorAssessment full = ScoringMethod.assess(indicator(IndicatorKind.QUALITATIVE, "达成年度指标", "达成年度指标"), 10, false, POLICY);
        assertThat(full.met()).isTrue();
        assertThat(full.score()).isEqualTo(10);
        IndicatorAssessment part = ScoringMethod.assess(indicator(IndicatorKind.QUALITATIVE, "达成年度指标", "部分达成年度指标并具有一定效果"), 10, false, POLICY);
        assertThat(part.met()).isFalse();
        assertThat(part.low()).isEqualTo(6);
        assertThat(part.high()).isEqualTo(8);
        assertThat(ScoringMethod.tierOf("未达成年度指标且效果较差", POLICY)).isEqualTo(2);
        assertThat(ScoringMethod.tierOf("良", POLICY)).isEqualTo(1);
        assertThat(ScoringMethod.tierOf("有所提升", POLICY)).isEqualTo(-1);
    }

    @Test
    void anIndicatorWithoutAValueOrWithAValueInNoTierIsWeighedButNotAssessed() {
        IndicatorAssessment noActual = ScoringMethod.assess(indicator(IndicatorKind.AT_LEAST, 60, null), 7, true, POLICY);
        assertThat(noActual.assessed()).isFalse();
        assertThat(noActual.met()).isNull();
        assertThat(noActual.weight()).isEqualTo(7);
        assertThat(noActual.weightFromReport()).isTrue();
        assertThat(noActual.score()).isZero();
        IndicatorAssessment noTier = ScoringMethod.assess(indicator(IndicatorKind.QUALITATIVE, "达成年度指标", "有所提升"), 5, false, POLICY);
        assertThat(noTier.assessed()).isFalse();
        assertThat(noTier.weight()).isEqualTo(5);
        assertThat(noTier.selfScoreGap()).isZero();
        assertThat(ScoringMethod.assess(indicator(IndicatorKind.AT_LEAST, 60, 55), 10, false, POLICY).assessed()).isTrue();
    }

    private static JsonNode policyWith(String key, JsonNode value) {
        ObjectNode copy = ((ObjectNode) POLICY.node("satisfaction")).objectNode();
        POLICY.node("satisfaction"); // keeps the shipped numbers for every other key
        ObjectNode root = copy;
        for (String k : new String[] {"satisfaction", "execution", "overachievement", "rate", "selfScore",
                "weights", "grades", "gradeBelow", "qualitative", "categories", "matching"}) {
            root.set(k, POLICY.node(k));
        }
        root.set(key, value);
        return root;
    }
}
