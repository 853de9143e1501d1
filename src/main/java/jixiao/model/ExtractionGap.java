package jixiao.model;

import java.util.List;

/**
 * A value text extraction left out, or read with low confidence: where it belongs (JSON pointer), what a person
 * must fill in or check, and the report line to look at. {@code filled} is true once the value is there.
 */
public record ExtractionGap(int index, String pointer, String what, Integer line, boolean lowConfidence,
                            boolean filled) implements Traceable {

    @Override
    public List<String> pointers() {
        return List.of(pointer, "/extraction/notes/" + index);
    }

    @Override
    public List<Measure> evidence() {
        return line == null ? List.of()
                : List.of(new Measure(null, what, "/extraction/notes/" + index, new Source(line, null, null)));
    }
}
