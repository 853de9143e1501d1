package jixiao.model;

import java.util.List;

/** A fact that can name the input values it rests on, so a finding traces back to the report. */
public interface Traceable {

    /** JSON pointers into the input document, most specific first. */
    List<String> pointers();

    /** The values with a known source line, in the order a reader would check them. */
    default List<Measure> evidence() {
        return List.of();
    }
}
