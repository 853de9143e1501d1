package jixiao.assemble;

import java.util.Map;

/** A finding as reported: worded in the chosen language, with its values and its trace. */
public record FindingView(
        String ruleId,
        String severity,
        String title,
        String subject,
        String message,
        String recommendation,
        Map<String, Object> values,
        Trace trace,
        Waived waived) {

    /** The waiver that accepts this finding: it still shows, and does not count for --fail-on. */
    public record Waived(String reason, String approvedBy, String until, String waiver) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isWaived() {
        return waived != null;
    }
}
