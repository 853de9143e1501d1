package jixiao.bench;

import java.util.ArrayList;
import java.util.List;
import jixiao.derived.FundingRate;
import jixiao.derived.IndicatorAssessment;
import jixiao.derived.ScoreCard;
import jixiao.derived.ScoringMethod;
import jixiao.derived.TextMatch;
import jixiao.derived.ExecutionScore;
import jixiao.model.Category;
import jixiao.model.Funding;
import jixiao.model.Indicator;
import jixiao.model.IndicatorKind;
import jixiao.model.NarrativeItem;
import jixiao.model.OutputKind;
import jixiao.model.Policy;
import jixiao.model.Report;
import jixiao.model.StatedEvaluation;

/**
 * The core checks written in plain Java, for the benchmark only: the limit Drools is measured against. Same
 * scoring method, same policy numbers, the same checks of a JSON report; it returns the rule id and subject of
 * each finding so that the benchmark can confirm both give the same answer.
 */
public final class PlainChecks {

    private final Policy policy;

    public PlainChecks(Policy policy) {
        this.policy = policy;
    }

    public List<String> check(Report report) {
        List<String> out = new ArrayList<>();
        Funding f = report.funding();
        Double budget = f.effectiveBudget().number();
        FundingRate execution = null;
        List<String[]> shortfalls = new ArrayList<>(); // subject, terms joined by \u0000
        if (budget != null && budget > 0 && f.arrived().isNumeric()) {
            FundingRate arrival = FundingRate.arrival(f);
            if (arrival.percent() < 100) {
                out.add("FUND-ARRIVAL-RATE 资金到位率");
                shortfalls.add(new String[] {"资金到位率", String.join("\u0000", policy.list("matching.topics.arrival"))});
            }
            if (arrival.hasStated() && arrival.statedGap() > policy.num("rate.tolerance")) {
                out.add("FUND-STATED-RATE 到位率");
            }
        }
        if (budget != null && budget > 0 && f.spent().isNumeric()) {
            execution = FundingRate.execution(f);
            if (execution.hasStated() && execution.statedGap() > policy.num("rate.tolerance")) {
                out.add("FUND-STATED-RATE 执行率");
            }
            if (execution.percent() < policy.num("execution.minimum")) {
                out.add(f.isExplained() ? "BUDGET-EXECUTION-RATE 预算执行率" : "BUDGET-EXECUTION-UNEXPLAINED 预算执行率");
                shortfalls.add(new String[] {"预算执行率", String.join("\u0000", policy.list("matching.topics.execution"))});
            }
        }
        if (f.spent().isNumeric() && ((f.arrived().isNumeric() && f.spent().number() > f.arrived().number() + 1e-6)
                || (budget != null && f.spent().number() > budget + 1e-6))) {
            out.add("BUDGET-OVERSPEND 全年执行数");
        }
        if (!f.missingValues().isEmpty()) {
            out.add("FUND-VALUE-MISSING 项目资金");
        }
        int[] sizes = new int[Category.values().length];
        for (Indicator i : report.indicators()) {
            sizes[i.category().ordinal()]++;
        }
        List<IndicatorAssessment> assessments = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            double w = i.weight().isNumeric() ? i.weight().number()
                    : policy.weight(i.category().weightKey()) / sizes[i.category().ordinal()];
            IndicatorAssessment a = ScoringMethod.assess(i, w, i.weight().isNumeric(), policy);
            assessments.add(a);
            boolean sat = i.category() == Category.SATISFACTION;
            if (!i.target().isPresent() || (!i.actual().isPresent() && !sat)) {
                out.add("IND-VALUE-MISSING " + i.name());
            }
            if (sat && i.actual().isNumeric() && i.actual().number() < policy.num("satisfaction.minimum")) {
                out.add("SAT-BELOW-MIN " + i.name());
            }
            if (sat && i.target().isNumeric() && i.target().number() < policy.num("satisfaction.minimum")) {
                out.add("SAT-TARGET-LOW " + i.name());
            }
            if (sat && i.target().isPresent() && !i.actual().isPresent()) {
                out.add("SAT-NOT-REPORTED " + i.name());
            }
            if (!i.target().isPresent() || !i.actual().isPresent()) {
                continue;
            }
            if (!i.kind().isQuantitative() && !ScoringMethod.recognized(i.actual().text(), policy)) {
                out.add("IND-QUALITATIVE-UNRECOGNIZED " + i.name());
                continue;
            }
            if (!a.met()) {
                out.add("IND-UNMET " + i.name());
                if (!i.isDeviationExplained()) {
                    out.add("IND-DEVIATION-REASON " + i.name());
                }
                shortfalls.add(new String[] {i.name(), i.name()});
            } else if (sat && i.actual().isNumeric() && i.actual().number() < policy.num("satisfaction.minimum")) {
                shortfalls.add(new String[] {i.name(), i.name()});
            }
            if (i.kind() == IndicatorKind.AT_LEAST && a.overRatio() >= policy.num("overachievement.ratio")) {
                out.add("IND-OVERACHIEVED " + i.name());
            }
            if (a.completion() != null && i.statedRate().isNumeric()
                    && Math.abs(i.statedRate().number() - a.completion()) > policy.num("rate.tolerance")) {
                out.add("IND-STATED-RATE " + i.name());
            }
            if (a.selfScoreGap() > policy.num("selfScore.tolerance")) {
                out.add("IND-SELF-SCORE " + i.name());
            }
        }
        if (categoryGaps(report, sizes)) {
            out.add("IND-CATEGORY-MISSING 绩效指标");
        }
        double share = policy.num("matching.minShare");
        for (String[] s : shortfalls) {
            List<String> terms = List.of(s[1].split("\u0000"));
            if (report.problems().stream().noneMatch(p -> TextMatch.mentions(p.text(), terms, share))) {
                out.add("RPT-PROBLEM-NOT-LISTED " + s[0]);
            }
            if (report.suggestions().stream().noneMatch(p -> TextMatch.mentions(p.text(), terms, share))) {
                out.add("RPT-SHORTFALL-UNANSWERED " + s[0]);
            }
        }
        if (!shortfalls.isEmpty()) {
            for (NarrativeItem g : report.suggestions()) {
                boolean answers = shortfalls.stream().anyMatch(s ->
                        TextMatch.mentions(g.text(), List.of(s[1].split("\u0000")), share));
                if (!answers) {
                    out.add("RPT-SUGGESTION-UNMATCHED " + g.label());
                }
            }
        }
        if (!assessments.isEmpty()) {
            double weight = f.weight().isNumeric() ? f.weight().number() : policy.weight("execution");
            ExecutionScore exec = execution == null ? new ExecutionScore(weight, 0, false)
                    : new ExecutionScore(weight, weight * Math.min(1.0, execution.percent() / 100), true);
            ScoreCard card = ScoreCard.of(exec, assessments, policy);
            out.add("SCORE-GRADE 总分 " + card.grade());
            StatedEvaluation stated = report.evaluation();
            if (stated.total().number() != null
                    && Math.abs(stated.total().number() - card.total()) > policy.num("selfScore.tolerance")) {
                out.add("SCORE-STATED-TOTAL 总分");
            }
            String grade = stated.grade().text();
            if (grade != null && policy.gradeLabels().contains(grade.strip()) && !grade.strip().equals(card.grade())) {
                out.add("SCORE-STATED-GRADE 等级");
            }
        }
        String grade = report.evaluation().grade().text();
        if (grade != null && !policy.gradeLabels().contains(grade.strip())) {
            out.add("SCORE-GRADE-LABEL 等级");
        }
        return out;
    }

    private boolean categoryGaps(Report report, int[] sizes) {
        for (String required : policy.list("categories.required")) {
            if (sizes[Category.fromLabel(required).ordinal()] == 0) {
                return true;
            }
        }
        if (sizes[Category.OUTPUT.ordinal()] == 0) {
            return false;
        }
        for (OutputKind k : policy.outputKinds()) {
            boolean covered = report.indicators().stream()
                    .anyMatch(i -> i.category() == Category.OUTPUT && k.aliases().contains(i.level2()));
            if (!covered) {
                return true;
            }
        }
        return false;
    }
}
