package jixiao.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import jixiao.document.Document;

/**
 * What the page shows of one checked report: the result, the drafted section as items, the facts tree that was
 * checked (the one a reviewer edits), the document it was read from (null for a facts file), and for each finding,
 * in the result's order, what {@code explain} prints of it; and the near misses (threshold rules that did not fire,
 * and by how much), as {@code explain --near-misses} prints them.
 */
public record ReportView(CheckResult result, Section section, JsonNode facts, Document document, List<String> why,
                         List<String> nearMisses) {

    public ReportView {
        why = List.copyOf(why);
        nearMisses = List.copyOf(nearMisses);
    }
}
