package jixiao.derived;

import jixiao.model.Traceable;

/** A self-assigned 得分 above 0 for a part whose value the report leaves blank: a score with nothing to score. */
public record ScoredBlank(String subject, String blank, double selfScore, Traceable basis) implements ReadFrom {

    @Override
    public Traceable source() {
        return basis;
    }
}
