package jixiao.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A value read from the report with where it was read: {@code {value, source: {line, quote, note}}}. */
record Sourced(Object value, int line, String quote, String note) {

    Sourced withValue(Object v) {
        return new Sourced(v, line, quote, note);
    }

    Sourced withNote(String n) {
        return new Sourced(value, line, quote, n);
    }

    Sourced withQuote(String q) {
        return new Sourced(value, line, q, note);
    }

    BigDecimal number() {
        return value instanceof BigDecimal d ? d : null;
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("value", valueNode(value));
        node.set("source", sourceJson());
        return node;
    }

    ObjectNode sourceJson() {
        ObjectNode src = JsonNodeFactory.instance.objectNode();
        src.put("line", line);
        src.put("quote", quote);
        if (note != null) {
            src.put("note", note);
        }
        return src;
    }

    /** Whole numbers as integers and others as doubles, as a JSON reader of the same text would give them. */
    static JsonNode valueNode(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() <= 0 && s.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
                return f.numberNode(s.intValueExact());
            }
            return f.numberNode(s.doubleValue());
        }
        if (value == null) {
            return f.nullNode();
        }
        return f.textNode(value.toString());
    }
}
