package jixiao.model;

/**
 * One value of the report as transcribed: a number, or a text for qualitative values (定性),
 * with the JSON pointer it was read at and, where known, its source line.
 */
public record Measure(Double number, String text, String pointer, Source source) {

    public boolean isPresent() {
        return number != null || (text != null && !text.isBlank());
    }

    public boolean isNumeric() {
        return number != null;
    }
}
