package jixiao.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public static RuleCatalog of(List<RuleSource> drl) throws BadRulesException {
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
            for (RuleDescr rule : pkg.getRules()) {
                byName.put(rule.getName(), new RuleInfo(rule.getName(), meta(rule, "id"), meta(rule, "severity"),
                        meta(rule, "title"), meta(rule, "citation"), meta(rule, "kind"), source.display(),
                        rule.getLine()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRulesException(problems);
        }
        return new RuleCatalog(byName);
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

    public RuleInfo byName(String name) {
        return byName.get(name);
    }

    public Collection<RuleInfo> rules() {
        return byName.values();
    }
}
