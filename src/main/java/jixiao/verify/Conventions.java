package jixiao.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.engine.RuleCatalog;
import jixiao.engine.RuleInfo;
import jixiao.engine.Severity;
import jixiao.load.RuleSet;
import jixiao.model.MessageTemplates;

/**
 * The conventions every rule set keeps, checked all at once: ids present, well formed and unique; severity,
 * title and citation present; wording in both languages for every id, and no placeholder a rule never fills.
 * Each breach is one line, {@code rules/x.drl:LINE: …} or {@code rules/messages.zh.yaml: …}.
 */
public final class Conventions {

    /** Placeholders the section assembler fills itself. */
    private static final Set<String> ALWAYS_FILLED = Set.of("subject");
    private static final Set<String> MERGED_FORM = Set.of("subjects", "details");

    private Conventions() {
    }

    public static List<String> breaches(RuleSet set, RuleCatalog catalog) {
        List<String> out = new ArrayList<>();
        Map<String, RuleInfo> byId = new HashMap<>();
        Set<String> findingIds = new LinkedHashSet<>();
        for (RuleInfo r : catalog.rules()) {
            String at = r.place() + ": rule \"" + r.name() + "\": ";
            if (r.id() == null) {
                out.add(at + "missing @id");
            } else if (!r.id().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
                out.add(at + "@id " + r.id() + " is not of the form AREA-NAME in capitals");
            } else if (byId.containsKey(r.id())) {
                out.add(at + "duplicate @id " + r.id() + " (also " + byId.get(r.id()).place() + ")");
            } else {
                byId.put(r.id(), r);
            }
            if (blank(r.title())) {
                out.add(at + "missing @title");
            }
            if (blank(r.citation())) {
                out.add(at + "missing @citation");
            }
            if (!r.raisesFindings() || r.id() == null) {
                continue;
            }
            findingIds.add(r.id());
            if (r.severity() == null || !Severity.isValid(r.severity())) {
                out.add(at + "@severity must be error, warning or info, not " + r.severity());
            }
            for (MessageTemplates t : List.of(set.zh(), set.en())) {
                wording(out, at, r, t, messagesFile(set, t));
            }
        }
        for (MessageTemplates t : List.of(set.zh(), set.en())) {
            for (String id : new java.util.TreeSet<>(t.byRule().keySet())) {
                if (!findingIds.contains(id)) {
                    out.add(messagesFile(set, t) + ": " + id + " names no rule that raises findings");
                }
            }
        }
        return out;
    }

    private static void wording(List<String> out, String at, RuleInfo r, MessageTemplates t, String file) {
        if (t.template(r.id(), "message") == null || t.template(r.id(), "recommendation") == null) {
            out.add(at + "no message or recommendation for " + r.id() + " in " + file);
            return;
        }
        Map<String, String> parts = t.byRule().get(r.id());
        for (Map.Entry<String, String> part : new java.util.TreeMap<>(parts).entrySet()) {
            String brackets = MessageTemplates.bracketProblem(part.getValue());
            if (brackets != null) {
                out.add(file + ": " + r.id() + "." + part.getKey() + ": " + brackets);
            }
            for (String name : MessageTemplates.placeholders(part.getValue())) {
                boolean merged = part.getKey().equals("problems") || part.getKey().equals("suggestions");
                if (!ALWAYS_FILLED.contains(name) && !r.valueNames().contains(name)
                        && !(merged && MERGED_FORM.contains(name))) {
                    out.add(file + ": " + r.id() + "." + part.getKey() + ": placeholder {" + name
                            + "} is never filled by rule \"" + r.name() + "\" (" + r.place() + ")");
                }
            }
        }
    }

    private static String messagesFile(RuleSet set, MessageTemplates t) {
        return set.dir().resolve("messages." + t.language() + ".yaml").toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
