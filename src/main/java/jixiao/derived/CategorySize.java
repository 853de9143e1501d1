package jixiao.derived;

import java.util.List;
import jixiao.model.Category;
import jixiao.model.Traceable;

/** How many indicators a 一级 category has: its default weight is shared among them. */
public record CategorySize(Category category, int indicators) implements Traceable {

    @Override
    public List<String> pointers() {
        return List.of("/indicators");
    }
}
