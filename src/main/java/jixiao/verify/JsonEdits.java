package jixiao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** The two ways a rule case changes the base report: a JSON merge patch, and values set at JSON pointers. */
final class JsonEdits {

    private JsonEdits() {
    }

    /** RFC 7386: objects merge member by member, null removes a member, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (patch == null || patch.isMissingNode()) {
            return target;
        }
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode out = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                out.set(e.getKey(), mergePatch(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    /**
     * Sets one value at a JSON pointer such as {@code /indicators/0/actual}; null removes it. An array index
     * equal to the array's size appends.
     */
    static void set(JsonNode root, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent.isObject()) {
            if (value == null || value.isNull()) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            int index = Integer.parseInt(last);
            if (value == null || value.isNull()) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            throw new IllegalArgumentException("no object or array at " + pointer.substring(0, cut));
        }
    }
}
