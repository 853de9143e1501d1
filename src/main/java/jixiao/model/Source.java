package jixiao.model;

import java.util.Objects;

/** Where a value came from in the published report: its line and the quoted text (出处). */
public record Source(Integer line, String quote, String note) {

    // equals and hashCode are written out, to the record's own definition (RecordEqualityTest holds them to it): the
    // record's are built from method handles at their first call, which costs a cold run several milliseconds.
    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && Objects.equals(line, s.line) && Objects.equals(quote, s.quote)
                && Objects.equals(note, s.note);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(line) * 31 + Objects.hashCode(quote)) * 31 + Objects.hashCode(note);
    }
}
