package jixiao.derived;

import java.util.List;
import jixiao.model.NarrativeItem;
import jixiao.model.Traceable;

/** A problem or suggestion of the report that names a shortfall. */
public record Mention(Shortfall shortfall, NarrativeItem item) implements Traceable {
    // A fact is an entity: two with the same values are still two. Identity also keeps the engine's joins cheap.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }


    public NarrativeItem.Section section() {
        return item.section();
    }

    @Override
    public List<String> pointers() {
        return List.of(item.pointer());
    }
}
