package jixiao.derived;

import java.util.List;
import jixiao.model.Traceable;

/** The 预算执行率 part of the score: weight × rate, capped at the weight; 0 when the rate cannot be computed. */
public record ExecutionScore(double weight, double score, boolean evaluated) implements Traceable {

    @Override
    public List<String> pointers() {
        return List.of("/funding");
    }
}
