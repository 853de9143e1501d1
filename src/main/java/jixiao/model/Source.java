package jixiao.model;

import java.util.Objects;

/** Where a value came from in the published report: its line and the quoted text (出处). */
public record Source(Integer line, String quote, String note) {

    // Written out for a cold run, as Measure's are; listed in RecordEqualityTest, which holds them to the
    // record's own.
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
