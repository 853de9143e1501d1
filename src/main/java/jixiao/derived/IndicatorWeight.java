package jixiao.derived;

import java.util.List;
import jixiao.model.Indicator;
import jixiao.model.Traceable;

/** The 分值 an indicator is scored out of: the report's own, or its category's default weight shared equally. */
public record IndicatorWeight(Indicator indicator, double value, boolean fromReport) implements Traceable {
    // A fact is an entity: two with the same values are still two. Identity also keeps the engine's joins cheap.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }


    @Override
    public List<String> pointers() {
        return indicator.pointers();
    }
}
