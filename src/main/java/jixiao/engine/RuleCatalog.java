package jixiao.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.load.BadRulesException;
import jixiao.load.RuleSource;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/** The rules of a rule set with their metadata and declaration lines, read with Drools' own DRL parser. */
public final class RuleCatalog {

    private final Map<String, RuleInfo> byName;

    private RuleCatalog(Map<String, RuleInfo> byName) {
        this.byName = byName;
    }

    /** The catalogue of these DRL files, with no cache: see {@link #of(List, RuleCache)}. */
    public static RuleCatalog of(List<RuleSource> drl) throws BadRulesException {
        return of(drl, null);
    }

    /**
     * The catalogue of these DRL files: the one the build wrote for the shipped rules when these are they, else the
     * one kept in the cache beside their compiled form, else read with the DRL parser (and kept beside a compiled
     * form already in the cache; {@link RuleBase} keeps it beside one it compiles). Either saves parsing the DRL on
     * every start.
     */
    public static RuleCatalog of(List<RuleSource> drl, RuleCache cache) throws BadRulesException {
        RuleCatalog prebuilt = prebuilt(drl);
        if (prebuilt != null) {
            return prebuilt;
        }
        String key = cache == null ? null : RuleCache.key(drl);
        RuleCatalog cached = key == null ? null : cache.catalogue(key, in -> read(in, drl));
        if (cached != null) {
            return cached;
        }
        RuleCatalog parsed = parse(drl);
        if (key != null && cache.path(key) != null) {
            parsed.keep(cache, key, drl);
        }
        return parsed;
    }

    /** Keeps this catalogue in the cache under a compiled rule set's key. */
    void keep(RuleCache cache, String key, List<RuleSource> drl) {
        cache.putCatalogue(key, out -> write(out, drl));
    }

    /** Reads the rules' metadata and lines with Drools' DRL parser; a file that does not parse is a problem. */
    static RuleCatalog parse(List<RuleSource> drl) throws BadRulesException {
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (RuleSource source : drl) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, source.text());
            } catch (DroolsParserException e) {
                problems.add(source.path() + ": " + e.getMessage());
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                parser.getErrors().forEach(err -> problems.add(source.path() + ":" + firstLine(err.getLines())
                        + ": " + err.getMessage()));
                continue;
            }
            String[] lines = source.text().split("\n", -1);
            for (RuleDescr rule : pkg.getRules()) {
                String text = String.join("\n", java.util.Arrays.copyOfRange(lines,
                        Math.max(0, rule.getLine() - 1), Math.min(lines.length, Math.max(rule.getEndLine(), rule.getLine()))));
                byName.put(rule.getName(), new RuleInfo(rule.getName(), meta(rule, "id"), meta(rule, "severity"),
                        meta(rule, "title"), meta(rule, "citation"), meta(rule, "kind"), source.display(),
                        rule.getLine(), parameters(text), valueNames(String.valueOf(rule.getConsequence()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRulesException(problems);
        }
        return new RuleCatalog(byName);
    }

    private static final Pattern POLICY_READ =
            Pattern.compile("policy\\.(num|text|list|lists|weight|node)\\(\\s*\"([^\"]+)\"");
    private static final Pattern POLICY_METHOD = Pattern.compile("policy\\.(outputKinds|grade|gradeLabels)\\(");
    private static final Pattern VALUE_NAME = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"\\s*,");

    /** The policy keys a rule reads, in the order they appear: {@code satisfaction.minimum}, {@code weights.execution}. */
    static List<String> parameters(String ruleText) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = POLICY_READ.matcher(ruleText);
        while (m.find()) {
            out.add(m.group(1).equals("weight") ? "weights." + m.group(2) : m.group(2));
        }
        Matcher method = POLICY_METHOD.matcher(ruleText);
        while (method.find()) {
            out.add(switch (method.group(1)) {
                case "outputKinds" -> "categories.outputKinds";
                default -> "grades";
            });
        }
        return List.copyOf(out);
    }

    /** The names of the values a rule's consequence passes to {@code raise}: the string literals before a comma. */
    static List<String> valueNames(String consequence) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        int at = consequence.indexOf("raise(");
        if (at < 0) {
            return List.of();
        }
        Matcher m = VALUE_NAME.matcher(consequence.substring(at));
        while (m.find()) {
            out.add(m.group(1));
        }
        return List.copyOf(out);
    }

    private static String firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? "1" : String.valueOf(lines[0]);
    }

    private static String meta(RuleDescr rule, String key) {
        AnnotationDescr a = rule.getAnnotation(key);
        if (a == null) {
            return null;
        }
        String v = a.getSingleValueAsString();
        if (v != null && v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /**
     * The catalogue as the build step writes it beside the prebuilt model, and the cache beside a compiled rule set:
     * the DRL and the classes it was read with (so that it is never taken for other rules), and each rule with its
     * file named by the file name alone, so that it reads back for any folder holding the same DRL.
     */
    record Stored(String drl, String code, List<RuleInfo> rules) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper STORE =
            new com.fasterxml.jackson.databind.ObjectMapper();

    void write(java.io.OutputStream out, List<RuleSource> drl) throws java.io.IOException {
        Map<String, String> names = new java.util.HashMap<>();
        drl.forEach(s -> names.put(s.display(), s.name()));
        List<RuleInfo> rules = byName.values().stream().map(r -> r.withFile(names.get(r.file()))).toList();
        STORE.writeValue(out, new Stored(RuleCache.drlKey(drl), CodeIdentity.get(), rules));
    }

    /** A stored catalogue, when it was read from these DRL files with these classes; null otherwise. */
    static RuleCatalog read(java.io.InputStream in, List<RuleSource> drl) throws java.io.IOException {
        Stored stored = STORE.readValue(in, Stored.class);
        if (!RuleCache.drlKey(drl).equals(stored.drl()) || !CodeIdentity.get().equals(stored.code())) {
            return null;
        }
        Map<String, String> displays = new java.util.HashMap<>();
        drl.forEach(s -> displays.put(s.name(), s.display()));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        for (RuleInfo r : stored.rules()) {
            byName.put(r.name(), r.withFile(displays.get(r.file())));
        }
        return new RuleCatalog(byName);
    }

    /** The catalogue the build wrote, when it was read from these DRL files with these classes; null otherwise. */
    static RuleCatalog prebuilt(List<RuleSource> drl) {
        try (java.io.InputStream in = RuleCatalog.class.getResourceAsStream(CompiledModel.PREBUILT_CATALOG)) {
            return in == null ? null : read(in, drl);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // parsed instead
        }
    }

    public RuleInfo byName(String name) {
        return byName.get(name);
    }

    public Collection<RuleInfo> rules() {
        return byName.values();
    }
}
