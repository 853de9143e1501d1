package jixiao.model;

import java.util.Objects;

/**
 * Where a value came from in the published report (出处): its line in a text file, or its locator in a Word,
 * Excel or PDF file (第3页第12行, 表2 第4行 第5列, 自评表!F7), and the quoted text.
 */
public record Source(Integer line, String locator, String quote, String note) {

    /** The place as a reviewer looks it up, after 报告: 第12行, 第3页第12行, 表2 第4行 第5列; null when neither is known. */
    public String place() {
        return locator != null ? locator : line != null ? "第" + line + "行" : null;
    }

    // Written out for a cold run, as Measure's are; listed in RecordEqualityTest, which holds them to the
    // record's own.
    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && Objects.equals(line, s.line) && Objects.equals(locator, s.locator)
                && Objects.equals(quote, s.quote)
                && Objects.equals(note, s.note);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(line) * 31 + Objects.hashCode(locator)) * 31 + Objects.hashCode(quote)) * 31
                + Objects.hashCode(note);
    }
}
