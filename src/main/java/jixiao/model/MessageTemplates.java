package jixiao.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message wording for one language, keyed by rule id then by part ({@code message}, {@code recommendation},
 * {@code problem}, {@code suggestion}, …). Placeholders are written {@code {name}}.
 */
public record MessageTemplates(String language, Map<String, Map<String, String>> byRule) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public String template(String ruleId, String part) {
        Map<String, String> parts = byRule.get(ruleId);
        return parts == null ? null : parts.get(part);
    }

    /** Fills a template; a placeholder with no value is left visible so the gap is seen, not hidden. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
