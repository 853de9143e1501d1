package jixiao.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jixiao.engine.Derivations;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleInfo;
import jixiao.model.Measure;
import jixiao.model.Policy;
import jixiao.model.Traceable;

/**
 * The chain behind a finding, in order: the rule that raised it (id, file:line, the policy numbers it read), the
 * facts its match held, and for each derived fact the rule that derived it and its facts, down to the input
 * facts with their JSON pointers and report lines. A fact already explained is referred back to, not repeated.
 */
public final class Explainer {

    private final RuleBase rules;
    private final Policy policy;
    private final Derivations derivations;
    private final Map<Object, Integer> explained = new IdentityHashMap<>();
    private StringBuilder out;

    public Explainer(RuleBase rules, Policy policy, Derivations derivations) {
        this.rules = rules;
        this.policy = policy;
        this.derivations = derivations;
    }

    /** The chain behind a finding or a near miss. Facts explained in an earlier call are referred back to. */
    public String explain(Object finding) {
        out = new StringBuilder();
        fact(finding, 1);
        return out.toString();
    }

    private void fact(Object fact, int depth) {
        String indent = "  ".repeat(depth);
        if (fact instanceof List<?> list) {
            line(indent, FactText.describe(list));
            list.forEach(each -> fact(each, depth + 1));
            return;
        }
        if (fact instanceof Derivations.Collected c) {
            line(indent, "collected " + c.size() + " facts, derived from " + c.members().size() + " of them:");
            c.members().forEach(each -> fact(each, depth + 1));
            return;
        }
        Integer seen = explained.get(fact);
        if (seen != null) {
            line(indent, FactText.describe(fact) + "  (见上文 #" + seen + ")");
            return;
        }
        explained.put(fact, explained.size() + 1);
        line(indent, "#" + explained.size() + " " + FactText.describe(fact));
        if (fact instanceof Traceable t && derivations.of(fact) == null) {
            for (Measure m : t.evidence()) {
                line(indent + "  ", "出处 " + m.pointer() + " = " + FactText.value(m) + "：报告" + m.source().place()
                        + " “" + m.source().quote() + "”");
            }
        }
        Derivations.Step step = derivations.of(fact);
        if (step == null) {
            return;
        }
        RuleInfo rule = rules.catalog().byName(step.ruleName());
        line(indent + "  ", "由规则 " + (rule == null ? step.ruleName() : rule.id() + " “" + rule.name() + "” "
                + rule.place()));
        if (rule != null) {
            for (String key : rule.parameters()) {
                line(indent + "    ", "读取参数 " + key + " = " + compact(policy.node(key)));
            }
        }
        for (Object matched : step.matched()) {
            // Drools' own placeholder fact for rules that start with "not" or "exists" says nothing to a reader.
            if (!matched.getClass().getName().startsWith("org.drools.")) {
                fact(matched, depth + 2);
            }
        }
    }

    private static String compact(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }
}
