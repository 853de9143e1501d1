package jixiao.extract;

import jixiao.document.TextForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import jixiao.load.DocumentParser;

/**
 * The extraction vocabulary of {@code rules/extraction.yaml}: section names, money and rate words, comparators,
 * units, numerals, categories and table headers. Word lists are kept longest first so that the most specific
 * word wins a match.
 */
public final class ExtractionPatterns {

    /** One indicator category and the words in a name that put an indicator in it. */
    public record CategoryWords(String level1, String level2, List<String> words) {
    }

    private final Map<SectionKind, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> identity = new LinkedHashMap<>();
    private final Map<String, BigDecimal> moneyUnits = new LinkedHashMap<>();
    private final Map<String, List<String>> moneyRoles = new LinkedHashMap<>();
    private final Map<String, List<String>> rates = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> comparators = new LinkedHashMap<>();
    private final Map<String, List<String[]>> wraps = new LinkedHashMap<>();
    private String defaultKind;
    private List<String> planWords;
    private List<String> planMarkers;
    private List<String> units;
    private final List<List<String>> unitSynonyms = new ArrayList<>();
    private final Map<Character, Integer> digits = new LinkedHashMap<>();
    private final Map<Character, Integer> multipliers = new LinkedHashMap<>();
    private final List<CategoryWords> categories = new ArrayList<>();
    private CategoryWords defaultCategory;
    private List<String> subjectJoiners;
    private List<String> genericWords;
    private List<String> causeStarts;
    private List<String> causeWords;
    private List<String> suggestionOpeners;
    private final Map<String, List<String>> indicatorColumns = new LinkedHashMap<>();
    private final Map<String, List<String>> fundingColumns = new LinkedHashMap<>();
    private List<String> fundingRows;
    private List<String> sourceRows;
    private List<String> goalWords;
    private List<String> resultWords;
    private List<String> totalRows;
    private final Map<String, String> level1Labels = new LinkedHashMap<>();
    private List<String> qualitativeKinds;
    private List<String> totalWords;
    private List<String> gradeWords;
    private List<String> grades;
    private final List<java.util.regex.Pattern> furniture = new ArrayList<>();
    private List<String> placeholders;
    private final Map<String, List<String>> oneLiner = new LinkedHashMap<>();
    private final List<java.util.regex.Pattern> notItems = new ArrayList<>();
    private final List<List<String>> synonyms = new ArrayList<>();

    private ExtractionPatterns() {
    }

    /** Reads and checks the vocabulary; every problem is one line {@code FILE#/pointer: message}. */
    public static ExtractionPatterns load(Path yamlFile) throws BadRulesException {
        JsonNode root;
        try {
            root = DocumentParser.parse(yamlFile);
        } catch (BadInputException e) {
            throw new BadRulesException(e.problems());
        }
        Reading r = new Reading(yamlFile);
        ExtractionPatterns p = new ExtractionPatterns();
        p.read(root, r);
        if (!r.problems.isEmpty()) {
            throw new BadRulesException(r.problems);
        }
        return p;
    }

    private void read(JsonNode root, Reading r) {
        for (SectionKind kind : SectionKind.values()) {
            if (kind.yamlKey() != null) {
                sections.put(kind, r.words(root, "/sections/" + kind.yamlKey()));
            }
        }
        for (String key : List.of("titleWords", "department", "project", "year", "projectSuffix",
                "departmentEndings")) {
            identity.put(key, r.words(root, "/identity/" + key));
        }
        JsonNode mu = r.object(root, "/money/units");
        mu.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                moneyUnits.put(e.getKey(), e.getValue().decimalValue());
            } else {
                r.problem("/money/units/" + e.getKey(), "number expected");
            }
        });
        for (String role : List.of("adjustedBudget", "initialBudget", "budget", "arrived", "spent")) {
            moneyRoles.put(role, r.words(root, "/money/roles/" + role));
        }
        for (String rate : List.of("arrival", "execution", "completion", "completionOf", "satisfaction", "verbs")) {
            rates.put(rate, r.words(root, "/rates/" + rate));
        }
        JsonNode cmp = r.object(root, "/comparators");
        for (String kind : List.of(">=", "<=", "=")) {
            Map<String, List<String>> parts = new LinkedHashMap<>();
            String at = "/comparators/" + kind.replace("~", "~0").replace("/", "~1");
            parts.put("prefix", r.wordsOrEmpty(root, at + "/prefix"));
            parts.put("suffix", r.wordsOrEmpty(root, at + "/suffix"));
            comparators.put(kind, parts);
            List<String[]> pairs = new ArrayList<>();
            for (JsonNode pair : cmp.path(kind).path("wrap")) {
                if (pair.size() == 2) {
                    pairs.add(new String[] {pair.get(0).asText(), pair.get(1).asText()});
                } else {
                    r.problem(at + "/wrap", "each wrap is [before, after]");
                }
            }
            wraps.put(kind, pairs);
        }
        defaultKind = r.text(root, "/defaultKind");
        planWords = r.words(root, "/planWords");
        planMarkers = r.words(root, "/planMarkers");
        units = r.words(root, "/units");
        for (JsonNode group : root.path("unitSynonyms")) {
            List<String> g = new ArrayList<>();
            group.forEach(u -> g.add(u.asText()));
            unitSynonyms.add(List.copyOf(g));
        }
        r.object(root, "/numerals/digits").fields()
                .forEachRemaining(e -> digits.put(e.getKey().charAt(0), e.getValue().asInt()));
        r.object(root, "/numerals/multipliers").fields()
                .forEachRemaining(e -> multipliers.put(e.getKey().charAt(0), e.getValue().asInt()));
        JsonNode cats = root.path("categories");
        if (!cats.isArray()) {
            r.problem("/categories", "list expected");
        }
        for (int i = 0; i < cats.size(); i++) {
            categories.add(new CategoryWords(r.text(root, "/categories/" + i + "/level1"),
                    r.text(root, "/categories/" + i + "/level2"), r.words(root, "/categories/" + i + "/words")));
        }
        defaultCategory = new CategoryWords(r.text(root, "/defaultCategory/level1"),
                r.text(root, "/defaultCategory/level2"), List.of());
        subjectJoiners = r.words(root, "/subjectJoiners");
        genericWords = r.words(root, "/alignment/genericWords");
        causeStarts = r.words(root, "/causes/starts");
        causeWords = r.words(root, "/causes/words");
        suggestionOpeners = r.words(root, "/suggestionOpeners");
        r.object(root, "/table/indicator").fieldNames()
                .forEachRemaining(k -> indicatorColumns.put(k, r.words(root, "/table/indicator/" + k)));
        r.object(root, "/table/funding").fieldNames()
                .forEachRemaining(k -> fundingColumns.put(k, r.words(root, "/table/funding/" + k)));
        fundingRows = r.words(root, "/table/fundingRows");
        sourceRows = r.words(root, "/table/sourceRows");
        goalWords = r.words(root, "/table/goalColumns/goal");
        resultWords = r.words(root, "/table/goalColumns/results");
        totalRows = r.words(root, "/table/totalRows");
        r.object(root, "/table/level1").fields()
                .forEachRemaining(e -> level1Labels.put(e.getKey(), e.getValue().asText()));
        qualitativeKinds = r.words(root, "/table/qualitativeKinds");
        totalWords = r.words(root, "/conclusion/totalWords");
        gradeWords = r.words(root, "/conclusion/gradeWords");
        grades = r.words(root, "/conclusion/grades");
        for (String f : r.words(root, "/layout/furniture")) {
            try {
                furniture.add(java.util.regex.Pattern.compile(f));
            } catch (java.util.regex.PatternSyntaxException e) {
                r.problem("/layout/furniture", "not a regular expression: " + f + " (" + e.getDescription() + ")");
            }
        }
        placeholders = r.words(root, "/layout/placeholders");
        oneLiner.put("target", r.words(root, "/oneLiner/target"));
        oneLiner.put("actual", r.words(root, "/oneLiner/actual"));
        for (String f : r.words(root, "/layout/notItems")) {
            try {
                notItems.add(java.util.regex.Pattern.compile(f));
            } catch (java.util.regex.PatternSyntaxException e) {
                r.problem("/layout/notItems", "not a regular expression: " + f + " (" + e.getDescription() + ")");
            }
        }
        for (JsonNode group : root.path("synonyms")) {
            List<String> g = new ArrayList<>();
            group.forEach(u -> g.add(u.asText()));
            synonyms.add(List.copyOf(g));
        }
    }

    /** Whole lines that are page furniture (— 2 —, 第2页 共5页), as patterns on the half-width, stripped line. */
    public List<java.util.regex.Pattern> furniture() {
        return furniture;
    }

    /** The header words of every column of the self-evaluation table: they tell a table's header row. */
    public List<String> headerWords() {
        List<String> out = new ArrayList<>();
        indicatorColumns.values().forEach(out::addAll);
        fundingColumns.values().forEach(out::addAll);
        return out;
    }

    /** Cells of a placeholder row of a blank form (指标1, ……): such a row is no indicator. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The words of a one-line indicator: "名称：{target}X，{actual}Y". */
    public List<String> oneLiner(String part) {
        return oneLiner.get(part);
    }

    /** Whole lines that are no problem or suggestion: dates, prompts of a form, signature boxes. */
    public List<java.util.regex.Pattern> notItems() {
        return notItems;
    }

    /** Groups of words a reader takes for the same thing (友城 = 友好城市), the full form first. */
    public List<List<String>> synonyms() {
        return synonyms;
    }

    public Map<SectionKind, List<String>> sections() {
        return sections;
    }

    public List<String> identity(String key) {
        return identity.get(key);
    }

    public Map<String, BigDecimal> moneyUnits() {
        return moneyUnits;
    }

    /** Role name (budget, adjustedBudget, arrived, spent) to its words. */
    public Map<String, List<String>> moneyRoles() {
        return moneyRoles;
    }

    public List<String> rates(String key) {
        return rates.get(key);
    }

    public List<String> prefixes(String kind) {
        return comparators.get(kind).get("prefix");
    }

    public List<String> suffixes(String kind) {
        return comparators.get(kind).get("suffix");
    }

    public List<String[]> wraps(String kind) {
        return wraps.get(kind);
    }

    public List<String> kinds() {
        return List.copyOf(comparators.keySet());
    }

    public String defaultKind() {
        return defaultKind;
    }

    public List<String> planWords() {
        return planWords;
    }

    public List<String> planMarkers() {
        return planMarkers;
    }

    public List<String> units() {
        return units;
    }

    /** True when two units name the same thing (批 and 批次). */
    public boolean sameUnit(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        return unitSynonyms.stream().anyMatch(g -> g.contains(a) && g.contains(b));
    }

    public Map<Character, Integer> digits() {
        return digits;
    }

    public Map<Character, Integer> multipliers() {
        return multipliers;
    }

    public List<CategoryWords> categories() {
        return categories;
    }

    public CategoryWords defaultCategory() {
        return defaultCategory;
    }

    public List<String> subjectJoiners() {
        return subjectJoiners;
    }

    public List<String> genericWords() {
        return genericWords;
    }

    public List<String> causeStarts() {
        return causeStarts;
    }

    public List<String> causeWords() {
        return causeWords;
    }

    public List<String> suggestionOpeners() {
        return suggestionOpeners;
    }

    public Map<String, List<String>> indicatorColumns() {
        return indicatorColumns;
    }

    public Map<String, List<String>> fundingColumns() {
        return fundingColumns;
    }

    public List<String> fundingRows() {
        return fundingRows;
    }

    /** Rows of the funds table under its total: 财政拨款, 其他资金… */
    public List<String> sourceRows() {
        return sourceRows;
    }

    /** Column names of the 年度总体目标 box: the goal (预期目标) and the results (实际完成情况). */
    public List<String> goalWords() {
        return goalWords;
    }

    public List<String> resultWords() {
        return resultWords;
    }

    public List<String> totalRows() {
        return totalRows;
    }

    public Map<String, String> level1Labels() {
        return level1Labels;
    }

    public List<String> qualitativeKinds() {
        return qualitativeKinds;
    }

    public List<String> totalWords() {
        return totalWords;
    }

    public List<String> gradeWords() {
        return gradeWords;
    }

    public List<String> grades() {
        return grades;
    }

    /** Reading helpers that gather every problem instead of stopping at the first. */
    private static final class Reading {
        private final Path file;
        private final List<String> problems = new ArrayList<>();

        Reading(Path file) {
            this.file = file;
        }

        void problem(String pointer, String message) {
            problems.add(file + "#" + pointer + ": " + message);
        }

        JsonNode object(JsonNode root, String pointer) {
            JsonNode n = root.at(pointer);
            if (!n.isObject()) {
                problem(pointer, n.isMissingNode() ? "missing" : "mapping expected");
            }
            return n;
        }

        String text(JsonNode root, String pointer) {
            JsonNode n = root.at(pointer);
            if (!n.isTextual()) {
                problem(pointer, n.isMissingNode() ? "missing" : "text expected");
                return "";
            }
            return n.asText();
        }

        List<String> words(JsonNode root, String pointer) {
            JsonNode n = root.at(pointer);
            if (!n.isArray()) {
                problem(pointer, n.isMissingNode() ? "missing" : "list of words expected");
                return List.of();
            }
            return longestFirst(n, pointer);
        }

        List<String> wordsOrEmpty(JsonNode root, String pointer) {
            return root.at(pointer).isMissingNode() ? List.of() : words(root, pointer);
        }

        private List<String> longestFirst(JsonNode array, String pointer) {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode w = array.get(i);
                if (!w.isValueNode() || w.asText().isBlank()) {
                    problem(pointer + "/" + i, "a non-empty word expected");
                } else {
                    out.add(TextForms.halfWidth(w.asText().strip()));
                }
            }
            List<String> sorted = new ArrayList<>(out);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            return List.copyOf(sorted);
        }
    }
}
