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
 * with none is left out and the total rescaled to 100.
 */
public record ScoreCard(
        double total, String grade, double raw, double maximum, Map<String, Part> parts, List<String> leftOut)
        implements Traceable {

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
        double total = maximum > 0 ? 100 * raw / maximum : 0;
        total = Math.round(total * 100) / 100.0;
        return new ScoreCard(total, policy.grade(total), raw, maximum, parts, List.copyOf(leftOut));
    }

    @Override
    public List<String> pointers() {
        return List.of("/funding", "/indicators");
    }
}
