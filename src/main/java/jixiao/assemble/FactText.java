package jixiao.assemble;

import java.util.List;
import jixiao.derived.CategoryGap;
import jixiao.derived.ExecutionScore;
import jixiao.derived.FundingRate;
import jixiao.derived.IndicatorAssessment;
import jixiao.derived.Mention;
import jixiao.derived.NearMiss;
import jixiao.derived.ScoreCard;
import jixiao.derived.Shortfall;
import jixiao.engine.Finding;
import jixiao.model.Funding;
import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.NarrativeItem;
import jixiao.model.StatedEvaluation;

/** One line that says what a fact is, with its JSON pointer and values: the lines of {@code explain}. */
final class FactText {

    private FactText() {
    }

    static String describe(Object fact) {
        if (fact instanceof Indicator i) {
            return "Indicator " + i.pointer() + " " + i.name() + ": 指标值 " + i.kind().sign() + value(i.target())
                    + i.getUnitLabel() + ", 实际完成值 " + value(i.actual()) + i.getUnitLabel()
                    + (i.weight().isNumeric() ? ", 分值 " + value(i.weight()) : "");
        }
        if (fact instanceof Funding f) {
            return "Funding " + Funding.POINTER + ": 预算 " + value(f.effectiveBudget()) + ", 到位 " + value(f.arrived())
                    + ", 执行 " + value(f.spent()) + " 万元";
        }
        if (fact instanceof NarrativeItem n) {
            return "NarrativeItem " + n.pointer() + " " + n.label() + " “" + n.text() + "”";
        }
        if (fact instanceof StatedEvaluation e) {
            return "StatedEvaluation " + StatedEvaluation.POINTER + ": 总分 " + value(e.total()) + ", 等级 " + value(e.grade());
        }
        if (fact instanceof FundingRate r) {
            return "FundingRate " + r.kind().zh() + " = " + r.numerator().pointer() + " ÷ " + r.denominator().pointer()
                    + " = " + ValueText.number(r.percent()) + "%" + (r.hasStated() ? ", 所述 " + value(r.stated()) + "%" : "");
        }
        if (fact instanceof IndicatorAssessment a) {
            String weight = "分值 " + ValueText.number(a.weight())
                    + (a.weightFromReport() ? " (报告给出)" : " (按一级指标权重平均分配)");
            if (!a.assessed()) {
                return "IndicatorAssessment " + a.name() + ": " + weight + ", 未评价 (缺少指标值或完成值，或定性档次不明), 得分 0";
            }
            return "IndicatorAssessment " + a.name() + ": " + weight + ", " + (a.met() ? "完成" : "未完成")
                    + (a.completion() == null ? "" : ", 完成率 " + ValueText.number(a.completion()) + "%")
                    + (a.tier() == null ? "" : ", 档次 " + a.tier())
                    + ", 得分 " + ValueText.number(a.score());
        }
        if (fact instanceof jixiao.model.Category c) {
            return "Category " + c.label();
        }
        if (fact instanceof CategoryGap g) {
            return "CategoryGap 缺少 " + g.name();
        }
        if (fact instanceof Shortfall s) {
            return "Shortfall " + s.subject() + " (按 " + String.join("、", s.terms()) + " 匹配)";
        }
        if (fact instanceof Mention m) {
            return "Mention " + m.item().label() + " 提到 " + m.shortfall().subject();
        }
        if (fact instanceof ExecutionScore e) {
            return "ExecutionScore 预算执行率得分 " + ValueText.number(e.score()) + " / " + ValueText.number(e.weight())
                    + (e.evaluated() ? "" : " (执行率无法计算)");
        }
        if (fact instanceof ScoreCard c) {
            return "ScoreCard 总分 " + ValueText.number(c.total()) + " " + c.grade() + " (得分 " + ValueText.number(c.raw())
                    + " / " + ValueText.number(c.maximum()) + ")";
        }
        if (fact instanceof NearMiss n) {
            return "NearMiss " + n.ruleId() + " " + n.subject() + ": " + n.measure() + " " + ValueText.number(n.value())
                    + " 对 " + ValueText.number(n.threshold()) + ", 相差 " + ValueText.number(n.margin()) + " " + n.unit();
        }
        if (fact instanceof Finding f) {
            return "Finding " + f.ruleId() + " " + f.subject();
        }
        if (fact instanceof jixiao.model.OutputKind k) {
            return "OutputKind " + k.name() + " (policy categories.outputKinds: " + String.join("、", k.aliases()) + ")";
        }
        if (fact instanceof String s) {
            return "value “" + s + "” (from policy)";
        }
        if (fact instanceof List<?> l) {
            return "collected " + l.size() + " facts";
        }
        if (fact instanceof Number n) {
            return "accumulated " + ValueText.text(n);
        }
        return fact.getClass().getSimpleName() + " " + fact;
    }

    static String value(Measure m) {
        if (m == null || !m.isPresent()) {
            return "—";
        }
        return m.isNumeric() ? ValueText.number(m.number()) : m.text();
    }
}
