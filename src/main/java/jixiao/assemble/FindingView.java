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
        Trace trace) {
}
