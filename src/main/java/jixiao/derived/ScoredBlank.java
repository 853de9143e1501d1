package jixiao.derived;

import java.util.List;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/** A self-assigned 得分 above 0 for a part whose value the report leaves blank: a score with nothing to score. */
public record ScoredBlank(String subject, String blank, double selfScore, Traceable basis) implements Traceable {

    @Override
    public List<String> pointers() {
        return basis.pointers();
    }

    @Override
    public List<Measure> evidence() {
        return basis.evidence();
    }
}
