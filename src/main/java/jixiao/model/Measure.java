package jixiao.model;

/**
 * One value of the report as transcribed: a number, or a text for qualitative values (定性),
 * with the JSON pointer it was read at and, where known, its source line.
 */
public record Measure(Double number, String text, String pointer, Source source) {

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
