package jixiao.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What was read from a report's text: the facts tree (the shape of {@code report.schema.json}, every value with
 * its {@code source}) and the notes on what is missing or uncertain.
 */
public record Extraction(ObjectNode facts, List<ExtractionNote> notes, List<String> warnings) {

    public Extraction(ObjectNode facts, List<ExtractionNote> notes) {
        this(facts, notes, List.of());
    }

    /** The same extraction with a warning about how the file was read. */
    public Extraction warn(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new Extraction(facts, notes, List.copyOf(all));
    }

    public Extraction {
        notes = List.copyOf(notes);
    }
}
