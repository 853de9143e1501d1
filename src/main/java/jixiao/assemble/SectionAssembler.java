package jixiao.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.engine.Finding;
import jixiao.model.MessageTemplates;

/**
 * Drafts "四、问题及建议" from the findings: （一）存在的问题 and （二）相关建议, numbered, the findings of one
 * rule merged into one item where its wording has a merged form, each item ending with its rule ids.
 */
public final class SectionAssembler {

    private final MessageTemplates templates;

    public SectionAssembler(MessageTemplates templates) {
        this.templates = templates;
    }

    /** @param findings in the order they are reported */
    public String assemble(List<Finding> findings) {
        return draft(findings).text();
    }

    /** The section as items, each with the rules it comes from: for a Word file whose comments name them. */
    public Section draft(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Set<String>> problems = new LinkedHashMap<>();
        Map<String, Set<String>> suggestions = new LinkedHashMap<>();
        byRule.forEach((ruleId, group) -> {
            items(ruleId, group, "problem", "problems").forEach(
                    text -> problems.computeIfAbsent(text, k -> new LinkedHashSet<>()).add(ruleId));
            items(ruleId, group, "suggestion", "suggestions").forEach(
                    text -> suggestions.computeIfAbsent(text, k -> new LinkedHashSet<>()).add(ruleId));
        });
        boolean zh = !"en".equals(templates.language());
        return new Section(zh, zh ? "四、问题及建议" : "IV. Problems and suggestions", List.of(
                new Section.Part(zh ? "（一）存在的问题" : "(1) Problems", items(problems),
                        zh ? "未发现问题。" : "No problems found."),
                new Section.Part(zh ? "（二）相关建议" : "(2) Suggestions", items(suggestions), zh ? "无。" : "None.")));
    }

    private static List<Section.Item> items(Map<String, Set<String>> texts) {
        List<Section.Item> out = new ArrayList<>();
        texts.forEach((text, rules) -> out.add(new Section.Item(text, List.copyOf(rules))));
        return out;
    }

    private List<String> items(String ruleId, List<Finding> group, String single, String merged) {
        String one = templates.template(ruleId, single);
        if (one == null) {
            return List.of();
        }
        String many = templates.template(ruleId, merged);
        List<String> out = new ArrayList<>();
        if (group.size() > 1 && many != null) {
            Map<String, String> values = new LinkedHashMap<>(text(group.get(0)));
            List<String> subjects = new ArrayList<>();
            List<String> details = new ArrayList<>();
            String detail = templates.template(ruleId, "detail");
            for (Finding f : group) {
                subjects.add(f.subject());
                if (detail != null) {
                    details.add(MessageTemplates.fill(detail, text(f)));
                }
            }
            boolean zh = !"en".equals(templates.language());
            values.put("subjects", String.join(zh ? "、" : ", ", subjects));
            values.put("details", String.join(zh ? "；" : "; ", details));
            out.add(MessageTemplates.fill(many, values));
        } else {
            for (Finding f : group) {
                out.add(MessageTemplates.fill(one, text(f)));
            }
        }
        return out;
    }

    private static Map<String, String> text(Finding f) {
        return ValueText.of(f.subject(), f.values());
    }
}
