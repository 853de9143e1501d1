package jixiao.derived;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.model.Category;
import jixiao.model.Policy;
import jixiao.model.Traceable;

/**
 * The total score (总分) and grade (等级): 预算执行 plus each 一级 category that has indicators. A category
 * with none is left out and the total rescaled to 100. When values are missing (blank, or not read) the score is
 * provisional: {@code total} scores them 0 as the method does, {@code highest} scores them full, and the grade is
 * given only when both lie in one band ({@link #UNDECIDED} otherwise).
 */
public record ScoreCard(
        double total, String grade, double raw, double maximum, Map<String, Part> parts, List<String> leftOut,
        double highest, List<String> possibleGrades)
        implements Traceable {

    /** The grade of a provisional score whose range spans more than one band. */
    public static final String UNDECIDED = "待定";

    /** Whether every value the score needs was there: then {@code total == highest}. */
    public boolean complete() {
        return Math.abs(highest - total) < 1e-9;
    }

    /** "92.01–97.01" for a provisional score; empty when it is complete. */
    public String getRange() {
        return complete() ? "" : plain(total) + "–" + plain(highest);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Whether a stated total could be right: it lies in the range, within the tolerance. */
    public boolean allows(double stated, double tolerance) {
        return stated >= total - tolerance && stated <= highest + tolerance;
    }

    /** One part of the score: what it was scored out of and what it earned. */
    public record Part(String label, double weight, double score, int indicators) {
    }

    public boolean rescaled() {
        return Math.abs(maximum - 100) > 1e-6;
    }

    public static ScoreCard of(ExecutionScore execution, List<IndicatorAssessment> assessments, Policy policy) {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("execution", new Part("预算执行率", execution.weight(), execution.score(), 0));
        List<String> leftOut = new ArrayList<>();
        for (Category c : Category.values()) {
            double weight = 0;
            int count = 0;
            double score = 0;
            for (IndicatorAssessment a : assessments) {
                if (a.indicator().category() == c) {
                    weight += a.weight();
                    score += a.score();
                    count++;
                }
            }
            if (count == 0) {
                leftOut.add(c.label());
                continue;
            }
            parts.put(c.weightKey(), new Part(c.label(), weight, score, count));
        }
        double raw = 0;
        double maximum = 0;
        for (Part p : parts.values()) {
            raw += p.score();
            maximum += p.weight();
        }
        // What the values not there could add at most: their whole weight.
        double open = execution.evaluated() ? 0 : execution.weight() - execution.score();
        for (IndicatorAssessment a : assessments) {
            if (!a.assessed()) {
                open += a.weight() - a.score();
            }
        }
        double total = round(maximum > 0 ? 100 * raw / maximum : 0);
        double highest = round(maximum > 0 ? 100 * (raw + open) / maximum : 0);
        List<String> possible = new ArrayList<>();
        for (String g : policy.gradeLabels()) {
            if (policy.gradeReaches(g, total, highest)) {
                possible.add(g);
            }
        }
        String grade = policy.grade(total).equals(policy.grade(highest)) ? policy.grade(total) : UNDECIDED;
        return new ScoreCard(total, grade, raw, maximum, parts, List.copyOf(leftOut), highest, List.copyOf(possible));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public List<String> pointers() {
        return List.of("/funding", "/indicators");
    }
}
