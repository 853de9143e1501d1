package jixiao.derived;

import java.util.List;
import jixiao.model.Indicator;
import jixiao.model.Traceable;

/** The 分值 an indicator is scored out of: the report's own, or its category's default weight shared equally. */
public record IndicatorWeight(Indicator indicator, double value, boolean fromReport) implements Traceable {

    @Override
    public List<String> pointers() {
        return indicator.pointers();
    }
}
