package jixiao.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message wording for one language, keyed by rule id then by part ({@code message}, {@code recommendation},
 * {@code problem}, {@code suggestion}, …). Placeholders are written {@code {name}}; a part that makes sense only
 * when its placeholders have a value is written {@code [[…]]}.
 */
public record MessageTemplates(String language, Map<String, Map<String, String>> byRule) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public String template(String ruleId, String part) {
        Map<String, String> parts = byRule.get(ruleId);
        return parts == null ? null : parts.get(part);
    }

    /**
     * Fills a template. A placeholder with no value is left visible so the gap is seen, not hidden. A part written
     * {@code [[…]]} is optional: it is left out when a placeholder in it has an empty value (a list with nothing in
     * it, say), so that a clause about nothing does not read "：）".
     */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        append(out, PARSED.computeIfAbsent(template, MessageTemplates::parse), values);
        return out.toString();
    }

    /** Templates come from a few dozen wordings, each filled for many findings: each is cut up once. */
    private static final Map<String, List<Object>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A placeholder's name, as cut out of a template. */
    private record Name(String name) {
    }

    /** An optional part: its pieces, and the names that must have a value for it to be written. */
    private record OptionalPart(List<Object> pieces, List<String> names) {
    }

    private static void append(StringBuilder out, List<Object> pieces, Map<String, String> values) {
        for (Object piece : pieces) {
            if (piece instanceof Name n) {
                String v = values.get(n.name());
                out.append(v == null ? "{" + n.name() + "}" : v);
            } else if (piece instanceof OptionalPart o) {
                if (!anyEmpty(o.names(), values)) {
                    append(out, o.pieces(), values);
                }
            } else {
                out.append((String) piece);
            }
        }
    }

    private static boolean anyEmpty(List<String> names, Map<String, String> values) {
        for (String name : names) {
            if ("".equals(values.get(name))) {
                return true;
            }
        }
        return false;
    }

    /** Literal text, placeholders and optional parts, in order; an unclosed "[[" is literal text. */
    private static List<Object> parse(String template) {
        List<Object> pieces = new java.util.ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf("[[", at);
            int close = open < 0 ? -1 : template.indexOf("]]", open + 2);
            if (close < 0) {
                pieces.addAll(plain(template.substring(at)));
                break;
            }
            pieces.addAll(plain(template.substring(at, open)));
            String inner = template.substring(open + 2, close);
            pieces.add(new OptionalPart(plain(inner), List.copyOf(placeholders(inner))));
            at = close + 2;
        }
        return List.copyOf(pieces);
    }

    private static List<Object> plain(String text) {
        List<Object> pieces = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                pieces.add(text.substring(last, m.start()));
            }
            pieces.add(new Name(m.group(1)));
            last = m.end();
        }
        if (last < text.length()) {
            pieces.add(text.substring(last));
        }
        return pieces;
    }

    /** What is wrong with a template's optional parts, or null: a part inside a part, or a bracket left open. */
    public static String bracketProblem(String template) {
        boolean open = false;
        for (int i = 0; i + 1 < template.length(); i++) {
            if (template.startsWith("[[", i)) {
                if (open) {
                    return "\"[[\" inside an optional part (parts do not nest)";
                }
                open = true;
                i++;
            } else if (template.startsWith("]]", i)) {
                if (!open) {
                    return "\"]]\" with no \"[[\" before it";
                }
                open = false;
                i++;
            }
        }
        return open ? "\"[[\" with no \"]]\" after it" : null;
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
