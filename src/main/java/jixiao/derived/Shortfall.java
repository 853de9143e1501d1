package jixiao.derived;

import java.util.List;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/**
 * Something the project fell short on (an unmet indicator, low execution, low satisfaction) that the report's
 * problems should name and its suggestions should answer. {@code terms} are the words that name it.
 */
public record Shortfall(String subject, List<String> terms, Traceable basis) implements Traceable {
    // Mentions join on this fact: identity keeps the join from hashing a whole record tree, and two with the
    // same values are still two.
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
        return basis.pointers();
    }

    @Override
    public List<Measure> evidence() {
        return basis.evidence();
    }
}
