package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON Schema compiled to a yes-or-no test, for the keywords the report schema uses. It answers "valid" only
 * where the full validator would have nothing to say, and "ask the validator" everywhere else: for any problem,
 * and for any value it cannot judge exactly (a whole number written as 2.0 where an integer is wanted, a number
 * it cannot compare with a bound exactly). A schema with a keyword it does not know compiles to nothing.
 * Why: the full validator took a fifth of the time to check a valid JSON report, and almost every report is valid.
 */
final class SchemaShortcut {

    /** One compiled (sub)schema: true only if the value is certainly valid against it. */
    private interface Test {
        boolean passes(JsonNode value);
    }

    /** The only dialect whose rules this test follows. */
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** Keywords that only annotate: they never make a value invalid. */
    private static final Set<String> ANNOTATIONS =
            Set.of("title", "description", "$comment", "default", "examples", "deprecated", "readOnly", "writeOnly");

    private final Test root;

    private SchemaShortcut(Test root) {
        this.root = root;
    }

    /** True only if the full validator would report nothing about {@code document}. */
    boolean certainlyValid(JsonNode document) {
        return root.passes(document);
    }

    /** The schema compiled, or empty when it uses anything this test does not understand exactly. */
    static Optional<SchemaShortcut> compile(JsonNode schema) {
        try {
            return Optional.of(new SchemaShortcut(new Compiler(schema).compile(schema, true)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final class Compiler {
        private final JsonNode document;
        /** Compiled {@code $ref} targets by pointer; filled before compiling, so that a definition may refer to itself. */
        private final Map<String, Test[]> refs = new HashMap<>();

        Compiler(JsonNode document) {
            this.document = document;
        }

        Test compile(JsonNode schema, boolean isRoot) throws Unsupported {
            if (schema.isBoolean()) {
                boolean all = schema.booleanValue();
                return v -> all;
            }
            if (!schema.isObject()) {
                throw new Unsupported("schema is not an object");
            }
            List<Test> tests = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String keyword = f.getKey();
                JsonNode arg = f.getValue();
                if (ANNOTATIONS.contains(keyword)) {
                    continue;
                }
                switch (keyword) {
                    case "$schema" -> {
                        if (!isRoot || !arg.asText().equals(DIALECT)) {
                            throw new Unsupported("$schema " + arg + (isRoot ? "" : " below the root"));
                        }
                    }
                    case "$id" -> {
                        if (!isRoot) {
                            throw new Unsupported("$id below the root");
                        }
                    }
                    case "$defs" -> { } // compiled when referred to
                    case "$ref" -> tests.add(ref(arg.asText()));
                    case "type" -> tests.add(type(arg));
                    case "enum" -> tests.add(enumOf(arg));
                    case "required" -> tests.add(required(arg));
                    case "properties", "additionalProperties" -> { } // below, together
                    case "items" -> tests.add(items(compile(arg, false)));
                    case "minItems" -> tests.add(size(true, count(arg), JsonNode::isArray));
                    case "maxItems" -> tests.add(size(false, count(arg), JsonNode::isArray));
                    case "minProperties" -> tests.add(size(true, count(arg), JsonNode::isObject));
                    case "maxProperties" -> tests.add(size(false, count(arg), JsonNode::isObject));
                    case "minLength" -> tests.add(length(true, count(arg)));
                    case "maxLength" -> tests.add(length(false, count(arg)));
                    case "minimum" -> tests.add(bound(arg, -1, true));
                    case "maximum" -> tests.add(bound(arg, 1, true));
                    case "exclusiveMinimum" -> tests.add(bound(arg, -1, false));
                    case "exclusiveMaximum" -> tests.add(bound(arg, 1, false));
                    default -> throw new Unsupported(keyword);
                }
            }
            if (schema.has("properties") || schema.has("additionalProperties")) {
                tests.add(properties(schema.path("properties"), schema.get("additionalProperties")));
            }
            Test[] all = tests.toArray(Test[]::new);
            return switch (all.length) {
                case 0 -> v -> true;
                case 1 -> all[0];
                default -> v -> {
                    for (Test t : all) {
                        if (!t.passes(v)) {
                            return false;
                        }
                    }
                    return true;
                };
            };
        }

        private Test ref(String pointer) throws Unsupported {
            if (!pointer.equals("#") && !pointer.startsWith("#/") || pointer.indexOf('%') >= 0) {
                throw new Unsupported("$ref other than a plain pointer into the schema: " + pointer);
            }
            Test[] slot = refs.get(pointer);
            if (slot == null) {
                JsonNode target;
                try {
                    target = document.at(pointer.substring(1));
                } catch (IllegalArgumentException e) {
                    throw new Unsupported("$ref that is no JSON pointer: " + pointer);
                }
                if (target.isMissingNode()) {
                    throw new Unsupported("$ref to nothing: " + pointer);
                }
                slot = new Test[1];
                refs.put(pointer, slot);
                slot[0] = compile(target, false);
            }
            Test[] resolved = slot;
            return v -> resolved[0].passes(v);
        }

        private static Test type(JsonNode arg) throws Unsupported {
            List<String> names = new ArrayList<>();
            if (arg.isTextual()) {
                names.add(arg.asText());
            } else if (arg.isArray()) {
                arg.forEach(n -> names.add(n.asText()));
            } else {
                throw new Unsupported("type " + arg);
            }
            boolean object = false, array = false, string = false, number = false, integer = false, bool = false,
                    nul = false;
            for (String n : names) {
                switch (n) {
                    case "object" -> object = true;
                    case "array" -> array = true;
                    case "string" -> string = true;
                    case "number" -> number = true;
                    case "integer" -> integer = true;
                    case "boolean" -> bool = true;
                    case "null" -> nul = true;
                    default -> throw new Unsupported("type " + n);
                }
            }
            boolean o = object, a = array, s = string, num = number, i = integer, b = bool, z = nul;
            // A fractional number written as a whole one (2.0) is an integer to some validators and not to
            // others: only integral nodes pass as integers here.
            return v -> o && v.isObject() || a && v.isArray() || s && v.isTextual() || num && v.isNumber()
                    || i && v.isIntegralNumber() || b && v.isBoolean() || z && v.isNull();
        }

        private static Test enumOf(JsonNode arg) throws Unsupported {
            Set<String> allowed = new HashSet<>();
            for (JsonNode n : arg) {
                if (!n.isTextual()) {
                    throw new Unsupported("enum of non-strings");
                }
                allowed.add(n.asText());
            }
            return v -> v.isTextual() && allowed.contains(v.textValue());
        }

        private static Test required(JsonNode arg) {
            List<String> names = new ArrayList<>();
            arg.forEach(n -> names.add(n.asText()));
            String[] all = names.toArray(String[]::new);
            return v -> {
                if (v.isObject()) {
                    for (String n : all) {
                        if (!v.has(n)) {
                            return false;
                        }
                    }
                }
                return true;
            };
        }

        private Test properties(JsonNode properties, JsonNode additional) throws Unsupported {
            Map<String, Test> known = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                known.put(p.getKey(), compile(p.getValue(), false));
            }
            Test other = additional == null ? v -> true : compile(additional, false);
            return v -> {
                if (!v.isObject()) {
                    return true;
                }
                Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    Test t = known.getOrDefault(f.getKey(), other);
                    if (!t.passes(f.getValue())) {
                        return false;
                    }
                }
                return true;
            };
        }

        private static Test items(Test each) {
            return v -> {
                if (v.isArray()) {
                    for (JsonNode item : v) {
                        if (!each.passes(item)) {
                            return false;
                        }
                    }
                }
                return true;
            };
        }

        private static int count(JsonNode arg) throws Unsupported {
            if (!arg.isIntegralNumber() || !arg.canConvertToInt() || arg.intValue() < 0) {
                throw new Unsupported("count " + arg);
            }
            return arg.intValue();
        }

        private static Test size(boolean least, int n, java.util.function.Predicate<JsonNode> applies) {
            return v -> !applies.test(v) || (least ? v.size() >= n : v.size() <= n);
        }

        private static Test length(boolean least, int n) {
            return v -> {
                if (!v.isTextual()) {
                    return true;
                }
                String s = v.textValue();
                // Lengths count code points; a string with surrogate pairs is left to the validator.
                for (int i = 0; i < s.length(); i++) {
                    if (Character.isSurrogate(s.charAt(i))) {
                        return false;
                    }
                }
                return least ? s.length() >= n : s.length() <= n;
            };
        }

        /**
         * A numeric bound: {@code side} -1 for a lower bound, 1 for an upper one. Compared as doubles, which is
         * exact for bounds a double holds exactly and values that are finite doubles or ints (the validator
         * compares decimals, so -0.0 equals 0 here too); anything else, a float included, is left to the validator.
         */
        private static Test bound(JsonNode arg, int side, boolean inclusive) throws Unsupported {
            if (!arg.isNumber()) {
                throw new Unsupported("bound " + arg);
            }
            double b = arg.doubleValue();
            if (!Double.isFinite(b) || new BigDecimal(b).compareTo(arg.decimalValue()) != 0) {
                throw new Unsupported("bound a double cannot hold: " + arg);
            }
            return v -> {
                if (!v.isNumber()) {
                    return true;
                }
                double x;
                if (v.isInt() || v.isShort()) {
                    x = v.intValue();
                } else if (v.isDouble()) {
                    x = v.doubleValue();
                    if (!Double.isFinite(x)) {
                        return false;
                    }
                } else {
                    return false;
                }
                if (x == b) {
                    return inclusive;
                }
                return side < 0 ? x > b : x < b;
            };
        }
    }
}
