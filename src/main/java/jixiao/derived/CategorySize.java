package jixiao.derived;

import java.util.List;
import jixiao.model.Category;
import jixiao.model.Traceable;

/** How many indicators a 一级 category has: its default weight is shared among them. */
public record CategorySize(Category category, int indicators) implements Traceable {
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
        return List.of("/indicators");
    }
}
