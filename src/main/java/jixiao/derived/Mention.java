package jixiao.derived;

import java.util.List;
import jixiao.model.NarrativeItem;
import jixiao.model.Traceable;

/** A problem or suggestion of the report that names a shortfall. */
public record Mention(Shortfall shortfall, NarrativeItem item) implements Traceable {

    public NarrativeItem.Section section() {
        return item.section();
    }

    @Override
    public List<String> pointers() {
        return List.of(item.pointer());
    }
}
