package jixiao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One test case of a rule: a change to the base report and whether the rule must fire on it (optionally about
 * a given subject, with given values) or stay quiet; optionally with waivers in force on a given day.
 */
public record RuleCase(
        String file, String rule, String name, boolean fires, String subject, Map<String, JsonNode> values,
        JsonNode patch, Map<String, JsonNode> set, JsonNode waivers, java.time.LocalDate today) {

    public String label() {
        return rule + " · " + name;
    }
}
