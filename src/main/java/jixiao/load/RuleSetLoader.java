package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.model.MessageTemplates;
import jixiao.model.Policy;

/** Reads a rules folder: its DRL files, {@code policy.yaml} and {@code messages.zh.yaml}/{@code messages.en.yaml}. */
public final class RuleSetLoader {

    public static final String POLICY_FILE = "policy.yaml";
    /** The words text extraction reads by; part of the rule set, since it decides what a text report says. */
    public static final String EXTRACTION_FILE = "extraction.yaml";

    /** The files of a rules folder that make up its rule set, in name order, read but not yet checked. */
    public static List<RuleSource> files(Path dir) throws BadRulesException {
        if (!Files.isDirectory(dir)) {
            throw new BadRulesException(List.of(dir + ": no such rules folder"));
        }
        List<RuleSource> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".drl") || name.equals(POLICY_FILE) || name.equals(EXTRACTION_FILE)
                        || name.matches("messages\\.[a-z]+\\.yaml")) {
                    files.add(new RuleSource(name, p, readText(p)));
                }
            }
        } catch (IOException e) {
            throw new BadRulesException(List.of(dir + ": cannot read: " + e.getMessage()));
        }
        return List.copyOf(files);
    }

    public RuleSet load(Path dir) throws BadRulesException {
        List<RuleSource> files = files(dir);
        List<String> problems = new ArrayList<>();
        if (files.stream().noneMatch(RuleSource::isDrl)) {
            problems.add(dir + ": no .drl rule files");
        }
        List<String> warnings = new ArrayList<>();
        JsonNode policy = document(dir.resolve(POLICY_FILE), SchemaCheck.POLICY, problems, warnings);
        JsonNode zh = document(dir.resolve("messages.zh.yaml"), SchemaCheck.MESSAGES, problems, problems);
        JsonNode en = document(dir.resolve("messages.en.yaml"), SchemaCheck.MESSAGES, problems, problems);
        if (policy != null && problems.isEmpty()) {
            overrides(dir.resolve(POLICY_FILE), policy, problems, warnings);
            patterns(dir.resolve(POLICY_FILE), policy, problems);
            bands(dir.resolve(POLICY_FILE), policy, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadRulesException(problems);
        }
        return new RuleSet(dir, List.copyOf(files), new Policy(policy),
                templates("zh", zh), templates("en", en), fingerprint(files), List.copyOf(warnings));
    }

    /**
     * Numbers the schema lets through but no method can use: grade bands listed best first must fall (优 90, 良 80…:
     * 优 60 above 良 80 is a typing slip), and the weights must give some part a point.
     */
    private static void bands(Path file, JsonNode policy, List<String> problems) {
        double before = Double.MAX_VALUE;
        String previous = null;
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = policy.path("grades").fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> band = it.next();
            double bound = band.getValue().asDouble();
            if (bound >= before) {
                problems.add(file + "#/grades/" + band.getKey() + ": " + band.getValue().asText() + " is not below "
                        + previous + "'s " + policy.path("grades").path(previous).asText()
                        + " (list the grades best first, each lower bound below the one before)");
            }
            before = bound;
            previous = band.getKey();
        }
        double points = 0;
        for (JsonNode w : policy.path("weights")) {
            points += w.asDouble();
        }
        if (points <= 0) {
            problems.add(file + "#/weights: every weight is 0: no part of a report could earn a point");
        }
    }

    /** Template prompts and claim qualifiers are regular expressions: one that does not compile is named here, not at a check. */
    private static void patterns(Path file, JsonNode policy, List<String> problems) {
        for (String key : List.of("form/prompts", "form/placeholders", "form/labelPrompts", "conclusion/qualifiers")) {
            JsonNode list = policy.at("/review/" + key);
            for (int i = 0; i < list.size(); i++) {
                try {
                    java.util.regex.Pattern.compile(list.get(i).asText());
                } catch (java.util.regex.PatternSyntaxException e) {
                    problems.add(file + "#/review/" + key + "/" + i + ": not a regular expression: "
                            + e.getDescription());
                }
            }
        }
    }

    /**
     * Each category's policy, overrides laid over the rest, must pass the same checks; a problem is named at
     * its place under {@code byCategory}.
     */
    private static void overrides(Path file, JsonNode policy, List<String> problems, List<String> ranges) {
        Policy base = new Policy(policy);
        SchemaCheck check = new SchemaCheck(SchemaCheck.POLICY);
        for (String category : base.categories()) {
            JsonNode over = policy.path(Policy.BY_CATEGORY).path(category);
            JsonNode merged = Policy.overlay(policy, over);
            String prefix = file + "#";
            String at = prefix + "/" + Policy.BY_CATEGORY + "/" + category;
            Map<Boolean, List<String>> found = check.problemsByRange(file, merged);
            for (boolean range : List.of(false, true)) {
                for (String p : found.get(range)) {
                    String pointer = p.substring(prefix.length(), p.indexOf(": "));
                    // Only what the override itself sets; the rest was checked with the base policy.
                    if (!pointer.startsWith("/" + Policy.BY_CATEGORY) && !over.at(pointer).isMissingNode()) {
                        (range ? ranges : problems).add(at + p.substring(prefix.length()));
                    }
                }
            }
        }
    }

    /** Parses and validates one YAML file; shape problems go to {@code problems}, range problems to {@code ranges}. */
    private static JsonNode document(Path file, String schema, List<String> problems, List<String> ranges) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": missing");
            return null;
        }
        try {
            JsonNode node = DocumentParser.parse(file);
            Map<Boolean, List<String>> found = new SchemaCheck(schema).problemsByRange(file, node);
            problems.addAll(found.get(false));
            ranges.addAll(found.get(true));
            return node;
        } catch (BadInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static MessageTemplates templates(String language, JsonNode node) {
        Map<String, Map<String, String>> byRule = new LinkedHashMap<>();
        node.fields().forEachRemaining(rule -> {
            Map<String, String> parts = new LinkedHashMap<>();
            rule.getValue().fields().forEachRemaining(part -> parts.put(part.getKey(), part.getValue().asText()));
            byRule.put(rule.getKey(), Map.copyOf(parts));
        });
        return new MessageTemplates(language, Map.copyOf(byRule));
    }

    private static String readText(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    /** The rule set's fingerprint: {@code sha256:} and the digest of all its files. */
    static String fingerprint(List<RuleSource> files) {
        return "sha256:" + digest(files);
    }

    /**
     * SHA-256 (hex) over files in name order, each as its name and its text with CR LF folded to LF and a leading
     * BOM dropped: the same files give the same digest on every machine.
     */
    public static String digest(List<RuleSource> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(f -> {
                String text = f.text().replace("\r\n", "\n");
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                sha.update(f.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
