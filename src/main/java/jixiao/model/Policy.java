package jixiao.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy numbers of {@code rules/policy.yaml} (满意度 minimum, grade bands, weights…), read by the rules
 * through the global {@code policy}. Keys are dotted paths: {@code policy.num("satisfaction.minimum")}.
 */
public final class Policy {

    public static final String BY_CATEGORY = "byCategory";

    private final JsonNode root;
    private final Map<String, Double> numbers;
    private final Map<String, Policy> byCategory = new java.util.concurrent.ConcurrentHashMap<>();
    // Rules read these for every report; the policy never changes after loading, so each is read once.
    private final Map<String, JsonNode> nodes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> texts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, PatternList> patterns = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> longestFirst = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> mappings = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<OutputKind> outputKinds;
    private final List<QualitativeTier> qualitativeTiers;
    private final Map<String, Double> weights;
    private final List<String> gradeLabels;

    public Policy(JsonNode root) {
        this.root = root;
        this.numbers = Map.copyOf(numbers(root, "", new java.util.HashMap<>()));
        List<OutputKind> kinds = new ArrayList<>();
        lists("categories.outputKinds").forEach((name, aliases) -> kinds.add(new OutputKind(name, aliases)));
        this.outputKinds = List.copyOf(kinds);
        List<QualitativeTier> tiers = new ArrayList<>();
        for (JsonNode tier : node("qualitative.tiers")) {
            List<String> labels = new ArrayList<>();
            tier.path("labels").forEach(l -> labels.add(l.asText()));
            tiers.add(new QualitativeTier(tier.path("name").asText(), List.copyOf(labels),
                    tier.path("min").asDouble(), tier.path("max").asDouble()));
        }
        this.qualitativeTiers = List.copyOf(tiers);
        Map<String, Double> byKey = new java.util.HashMap<>();
        numbers.forEach((key, value) -> {
            if (key.startsWith(WEIGHTS)) {
                byKey.put(key.substring(WEIGHTS.length()), value);
            }
        });
        this.weights = Map.copyOf(byKey);
        // Best first, whatever order the file lists them in: by lower bound, highest first.
        List<Map.Entry<String, JsonNode>> bands = new ArrayList<>();
        node("grades").fields().forEachRemaining(bands::add);
        bands.sort(Map.Entry.<String, JsonNode>comparingByValue(
                java.util.Comparator.comparingDouble(JsonNode::doubleValue)).reversed());
        List<String> labels = new ArrayList<>();
        bands.forEach(e -> labels.add(e.getKey()));
        labels.add(text("gradeBelow"));
        this.gradeLabels = List.copyOf(labels);
    }

    private static final String WEIGHTS = "weights.";

    /**
     * The policy for a project category: the numbers under {@code byCategory.<category>} laid over the rest.
     * A category with no overrides, or none, gets this policy.
     */
    public Policy forCategory(String category) {
        if (category == null || !root.path(BY_CATEGORY).has(category)) {
            return this;
        }
        return byCategory.computeIfAbsent(category, c -> new Policy(overlay(root, root.path(BY_CATEGORY).path(c))));
    }

    /** The categories that have overrides, in file order. */
    public List<String> categories() {
        List<String> out = new ArrayList<>();
        root.path(BY_CATEGORY).fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Objects merge key by key; any other value replaces. */
    public static JsonNode overlay(JsonNode base, JsonNode over) {
        if (!base.isObject() || !over.isObject()) {
            return over.deepCopy();
        }
        com.fasterxml.jackson.databind.node.ObjectNode out = ((com.fasterxml.jackson.databind.node.ObjectNode) base).deepCopy();
        over.fields().forEachRemaining(e -> out.set(e.getKey(),
                out.has(e.getKey()) ? overlay(out.get(e.getKey()), e.getValue()) : e.getValue().deepCopy()));
        return out;
    }

    public JsonNode node(String key) {
        return nodes.computeIfAbsent(key, this::find);
    }

    private JsonNode find(String key) {
        JsonNode n = root;
        for (String part : key.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    public double num(String key) {
        Double n = numbers.get(key);
        if (n == null) {
            throw new IllegalStateException("policy key " + key + " is not a number");
        }
        return n;
    }

    /** Every number of the policy by its dotted key: rules read them in conditions, for every fact they test. */
    private static Map<String, Double> numbers(JsonNode node, String prefix, Map<String, Double> out) {
        if (node.isNumber()) {
            // Interned: the rules ask with string literals, which then match by identity, not char by char.
            out.put(prefix.intern(), node.doubleValue());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e ->
                    numbers(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out));
        }
        return out;
    }

    public String text(String key) {
        return node(key).asText();
    }

    /** The texts under {@code key}, unmodifiable. */
    public List<String> list(String key) {
        return texts.computeIfAbsent(key, k -> {
            List<String> out = new ArrayList<>();
            node(k).forEach(n -> out.add(n.asText()));
            return List.copyOf(out);
        });
    }

    /** The regular expressions under {@code key}, compiled once; the rules load only patterns that compile. */
    public PatternList patterns(String key) {
        return patterns.computeIfAbsent(key, k -> new PatternList(list(k)));
    }

    /** The words under {@code key}, longest first: taking out 未完成 before 完成 leaves nothing of it behind. */
    public List<String> longestFirst(String key) {
        return longestFirst.computeIfAbsent(key, k -> list(k).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** A mapping of names to lists, such as {@code categories.outputKinds}, in file order. */
    public Map<String, List<String>> lists(String key) {
        return mappings.computeIfAbsent(key, this::readLists);
    }

    private Map<String, List<String>> readLists(String key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node(key).fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            out.put(e.getKey(), List.copyOf(values));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The 二级 kinds 产出 should cover, from {@code categories.outputKinds}. */
    public List<OutputKind> outputKinds() {
        return outputKinds;
    }

    /** Default weight (分值) of a 一级 category, or of 预算执行 with key "execution". */
    public double weight(String weightKey) {
        Double w = weights.get(weightKey);
        return w != null ? w : num(WEIGHTS + weightKey); // num names the missing key
    }

    /** The tiers of the qualitative scoring method, best first, from {@code qualitative.tiers}. */
    public List<QualitativeTier> qualitativeTiers() {
        return qualitativeTiers;
    }

    /** The grade (等级) for a total, from the lower bounds under {@code grades}; below all of them: 差. */
    public String grade(double total) {
        String best = null;
        double bestBound = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, JsonNode> e : iterable(node("grades"))) {
            double bound = e.getValue().doubleValue();
            if (total >= bound - 1e-9 && bound > bestBound) {
                best = e.getKey();
                bestBound = bound;
            }
        }
        return best == null ? text("gradeBelow") : best;
    }

    /** Whether a total between {@code low} and {@code high} may have grade {@code label}. */
    public boolean gradeReaches(String label, double low, double high) {
        int at = gradeLabels.indexOf(label);
        return at >= 0 && gradeLabels.indexOf(grade(high)) <= at && at <= gradeLabels.indexOf(grade(low));
    }

    /** Every grade label the policy knows, best first, ending with the one below all bounds. */
    public List<String> gradeLabels() {
        return gradeLabels;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
