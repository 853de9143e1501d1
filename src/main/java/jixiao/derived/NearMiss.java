package jixiao.derived;

import java.util.List;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/**
 * A threshold rule that did not fire, but nearly: the value, the threshold it was held to and the margin by
 * which it passed (in the threshold's own unit: percentage points, or a ratio).
 */
public record NearMiss(String ruleId, String subject, String measure, double value, double threshold, double margin,
                       String unit, Traceable basis) implements Traceable {

    @Override
    public List<String> pointers() {
        return basis.pointers();
    }

    @Override
    public List<Measure> evidence() {
        return basis.evidence();
    }
}
