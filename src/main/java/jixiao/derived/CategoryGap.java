package jixiao.derived;

import java.util.List;
import jixiao.model.Traceable;

/** A category the indicator set should cover but does not: a 一级 category, or a 二级 kind of 产出. */
public record CategoryGap(String name, int order) implements Traceable {

    @Override
    public List<String> pointers() {
        return List.of("/indicators");
    }
}
