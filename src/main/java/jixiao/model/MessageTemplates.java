package jixiao.model;

import java.util.List;
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
        List<String> parts = PARSED.computeIfAbsent(template, MessageTemplates::parse);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
            } else {
                String v = values.get(parts.get(i));
                out.append(v == null ? "{" + parts.get(i) + "}" : v);
            }
        }
        return out.toString();
    }

    /** Templates come from a few dozen wordings, each filled for many findings: each is cut up once. */
    private static final Map<String, List<String>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Literal text and placeholder names, alternating, starting and ending with literal text. */
    private static List<String> parse(String template) {
        List<String> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return List.copyOf(parts);
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
