package jixiao.engine;

import java.util.List;
import java.util.Map;
import jixiao.model.Measure;

/**
 * What a rule raised: its rule (by DRL name and @id), severity, the subject it is about, the values that fill
 * its message, and the input facts it matched (JSON pointers and their source lines).
 */
public record Finding(
        String ruleName,
        String ruleId,
        Severity severity,
        String subject,
        Map<String, Object> values,
        List<String> facts,
        List<Measure> evidence) {
}
