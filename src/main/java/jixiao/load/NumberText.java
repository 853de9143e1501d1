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
 * thousands separators (1,234.5), a trailing ％ or %. Each is read as the number it says, with a warning naming
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
        walk(file, root, "", null, warnings);
        return warnings;
    }

    private static void walk(Path file, JsonNode node, String pointer, String field, List<String> warnings) {
        if (node instanceof ObjectNode object) {
            List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                String childField = name.equals("value") ? field : name;
                String at = pointer + "/" + name;
                BigDecimal number = child.isTextual() ? number(childField, child.asText()) : null;
                if (number != null) {
                    object.set(name, DecimalNode.valueOf(number));
                    warnings.add(file + "#" + at + ": read the text \"" + child.asText() + "\" as the number "
                            + number.toPlainString());
                } else {
                    walk(file, child, at, childField, warnings);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(file, array.get(i), pointer + "/" + i, field, warnings);
            }
        }
    }

    private static BigDecimal number(String field, String text) {
        if (field == null || !(NUMERIC.contains(field) || MIXED.contains(field))) {
            return null;
        }
        String half = halfWidth(text).strip();
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
