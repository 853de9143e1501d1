package jixiao.model;

import java.util.Objects;

/**
 * One value of the report as transcribed: a number, or a text for qualitative values (定性),
 * with the JSON pointer it was read at and, where known, its source line. {@code unread} marks a value jixiao could
 * not read from the report (an extraction note stands for it): its absence says nothing of the report, unlike a
 * value the report leaves blank.
 */
public record Measure(Double number, String text, String pointer, Source source, boolean unread) {

    public Measure(Double number, String text, String pointer, Source source) {
        this(number, text, pointer, source, false);
    }

    /** read (a value is there), blank (the report gives none) or unread (jixiao could not read it). */
    public String getStatus() {
        return isPresent() ? "read" : unread ? "unread" : "blank";
    }

    /** The report states no value here, as far as jixiao could read: absent, and not for want of reading. */
    public boolean isBlank() {
        return !unread && !isPresent();
    }

    public Measure asUnread() {
        return new Measure(number, text, pointer, source, true);
    }

    // equals and hashCode are written out, to the record's own definition (RecordEqualityTest holds them to it): a
    // record's are built from method handles at their first call, which cost a cold check about 30 ms in all, and a
    // check calls them (a rule's `stated != null` is evaluated with equals).
    @Override
    public boolean equals(Object o) {
        return o instanceof Measure m && Objects.equals(number, m.number) && Objects.equals(text, m.text)
                && Objects.equals(pointer, m.pointer) && Objects.equals(source, m.source) && unread == m.unread;
    }

    @Override
    public int hashCode() {
        return (((Objects.hashCode(number) * 31 + Objects.hashCode(text)) * 31 + Objects.hashCode(pointer)) * 31
                + Objects.hashCode(source)) * 31 + Boolean.hashCode(unread);
    }

    /** A number, or a text that is not blank. Rules test this on every indicator, so a text's first character decides when it can. */
    public boolean isPresent() {
        return number != null
                || (text != null && !text.isEmpty() && (!Character.isWhitespace(text.charAt(0)) || !text.isBlank()));
    }

    public boolean isNumeric() {
        return number != null;
    }

    /**
     * Those of the values that carry a source line, in order: a finding's evidence. Facts given as plain JSON have
     * none, the common case, which costs nothing.
     */
    public static java.util.List<Measure> sourced(Measure... measures) {
        java.util.List<Measure> out = null;
        for (Measure m : measures) {
            if (m != null && m.source() != null) {
                out = out == null ? new java.util.ArrayList<>(measures.length) : out;
                out.add(m);
            }
        }
        return out == null ? java.util.List.of() : out;
    }
}
