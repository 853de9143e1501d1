package jixiao.model;

import java.util.List;

/**
 * A value text extraction left out, or read with low confidence: where it belongs (JSON pointer), what a person
 * must fill in or check, and the report line to look at. {@code filled} is true once the value is there.
 */
public record ExtractionGap(int index, String pointer, String what, Integer line, String locator,
                            boolean lowConfidence, boolean filled) implements Traceable {

    /** The place to look, after 报告 (第12行, 表2 第4行 第5列), or "" when the note names none. */
    public String place() {
        return locator != null ? locator : line != null ? "第" + line + "行" : "";
    }

    @Override
    public List<String> pointers() {
        return List.of(pointer, "/extraction/notes/" + index);
    }

    @Override
    public List<Measure> evidence() {
        return line == null && locator == null ? List.of()
                : List.of(new Measure(null, what, "/extraction/notes/" + index, new Source(line, locator, null, null)));
    }
}
