package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A number too large for a double (1e400, or 400 digits) is infinite once read as one. It is refused wherever it
 * stands, and found before the schema check: the schema validator fails on an infinite value in some places (an
 * enum) instead of reporting it.
 */
final class FiniteNumbers {

    private FiniteNumbers() {
    }

    /** One problem per number that is not finite, as {@code FILE#/pointer: Infinity is not a finite number}. */
    static List<String> problems(Path file, JsonNode root) {
        if (allFinite(root)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        walk(file, root, "", out);
        return out;
    }

    /** The common case, without building a pointer for every value. */
    private static boolean allFinite(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!allFinite(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!allFinite(node.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return !node.isNumber() || Double.isFinite(node.doubleValue());
    }

    private static void walk(Path file, JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(file, e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(file, node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            out.add(file + "#" + pointer + ": " + node.asText() + " is not a finite number");
        }
    }
}
