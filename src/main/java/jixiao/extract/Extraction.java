package jixiao.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What was read from a report's text: the facts tree (the shape of {@code report.schema.json}, every value with
 * its {@code source}) and the notes on what is missing or uncertain.
 */
public record Extraction(ObjectNode facts, List<ExtractionNote> notes) {

    public Extraction {
        notes = List.copyOf(notes);
    }
}
