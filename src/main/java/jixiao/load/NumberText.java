package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers written as text where the format wants a number, as offices type them: full-width digits (２３．８３),
 * thousands separators (1,234.5), a trailing ％ or %, an indicator's value followed by its own unit (110人次). Each is read as the number it says, with a warning naming
 * where; any other text is left for the schema to refuse.
 */
final class NumberText {

    /** The fields that hold numbers (or a {value, source} around one). */
    private static final Set<String> NUMERIC = Set.of("budget", "adjustedBudget", "arrived", "spent",
            "statedArrivalRate", "statedExecutionRate", "weight", "selfScore", "statedRate", "statedTotal", "year");
    /** Fields that hold a number for quantitative indicators, text for qualitative ones. */
    private static final Set<String> MIXED = Set.of("target", "actual");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*%?");

    private NumberText() {
    }

    /** Rewrites numeric text in place; returns one warning per value read. */
    static List<String> normalise(Path file, JsonNode root) {
        List<String> warnings = new java.util.ArrayList<>();
        walk(file, root, new java.util.ArrayList<>(), null, null, warnings);
        return warnings;
    }

    /**
     * {@code path} holds the names and indices down to {@code node}; the pointer string is built only for a
     * value read, since nearly every report has none.
     */
    private static void walk(Path file, JsonNode node, List<Object> path, String field, String inheritedUnit,
                             List<String> warnings) {
        if (node instanceof ObjectNode object) {
            // An indicator's unit, for its target and actual (and their {value, source} below).
            String unit = object.path("unit").isTextual() ? object.path("unit").asText() : inheritedUnit;
            java.util.Map<String, BigDecimal> read = null;
            for (java.util.Map.Entry<String, JsonNode> e : object.properties()) {
                String name = e.getKey();
                JsonNode child = e.getValue();
                String childField = name.equals("value") ? field : name;
                BigDecimal number = child.isTextual() ? number(childField, child.asText(), unit) : null;
                if (number != null) {
                    read = read == null ? new java.util.LinkedHashMap<>() : read;
                    read.put(name, number);
                    warnings.add(file + "#" + pointer(path) + "/" + name + ": read the text \"" + child.asText()
                            + "\" as the number " + number.toPlainString());
                } else if (child.isContainerNode()) {
                    path.add(name);
                    walk(file, child, path, childField, unit, warnings);
                    path.remove(path.size() - 1);
                }
            }
            if (read != null) {
                read.forEach((name, number) -> object.set(name, DecimalNode.valueOf(number)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainerNode()) {
                    path.add(i);
                    walk(file, array.get(i), path, field, null, warnings);
                    path.remove(path.size() - 1);
                }
            }
        }
    }

    private static String pointer(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object segment : path) {
            b.append('/').append(segment);
        }
        return b.toString();
    }

    private static BigDecimal number(String field, String text, String unit) {
        if (field == null || !(NUMERIC.contains(field) || MIXED.contains(field))) {
            return null;
        }
        String half = halfWidth(ZeroWidth.strip(text)).strip();
        if (MIXED.contains(field) && unit != null && !unit.isBlank() && !"%".equals(unit) && half.endsWith(unit)) {
            half = half.substring(0, half.length() - unit.length()).strip();
        }
        if (!NUMBER.matcher(half).matches()) {
            return null;
        }
        return new BigDecimal(half.replace(",", "").replace("%", "").strip());
    }

    /** Full-width digits, signs and separators to their ASCII forms. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
