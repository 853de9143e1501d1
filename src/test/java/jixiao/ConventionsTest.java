package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jixiao.engine.RuleInfo;
import jixiao.engine.Severity;
import jixiao.load.RuleSet;
import jixiao.model.MessageTemplates;
import org.junit.jupiter.api.Test;

/** Scans every rule and every message and reports each breach of the conventions at once. */
class ConventionsTest {

    @Test
    void rulesAndMessagesFollowTheConventions() {
        RuleSet set = TestRules.shipped().ruleSet();
        List<String> breaches = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> findingIds = new HashSet<>();
        for (RuleInfo r : TestRules.shipped().catalog().rules()) {
            String at = r.file() + ":" + r.line() + " rule \"" + r.name() + "\": ";
            if (r.id() == null || !r.id().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
                breaches.add(at + "missing or malformed @id");
            } else if (!ids.add(r.id())) {
                breaches.add(at + "duplicate @id " + r.id());
            }
            if (r.title() == null || r.title().isBlank()) {
                breaches.add(at + "missing @title");
            }
            if (r.citation() == null || r.citation().isBlank()) {
                breaches.add(at + "missing @citation");
            }
            if (r.isDerivation()) {
                continue;
            }
            findingIds.add(r.id());
            if (r.severity() == null || !Severity.isValid(r.severity())) {
                breaches.add(at + "@severity must be error, warning or info, not " + r.severity());
            }
            for (MessageTemplates t : List.of(set.zh(), set.en())) {
                if (t.template(r.id(), "message") == null || t.template(r.id(), "recommendation") == null) {
                    breaches.add(at + "no message or recommendation in messages." + t.language() + ".yaml");
                }
            }
        }
        for (MessageTemplates t : List.of(set.zh(), set.en())) {
            for (String id : t.byRule().keySet()) {
                if (!findingIds.contains(id)) {
                    breaches.add("messages." + t.language() + ".yaml: " + id + " names no rule");
                }
            }
        }
        for (String id : findingIds) {
            if (!set.zh().byRule().getOrDefault(id, java.util.Map.of()).keySet()
                    .equals(set.en().byRule().getOrDefault(id, java.util.Map.of()).keySet())) {
                breaches.add(id + ": messages.zh.yaml and messages.en.yaml have different parts");
            }
        }
        assertThat(breaches).isEmpty();
    }
}
