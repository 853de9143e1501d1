package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.engine.RuleCatalog;
import jixiao.load.RuleSet;
import jixiao.load.RuleSetLoader;
import jixiao.verify.Conventions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules keep every convention, and each kind of breach is caught. */
class ConventionsTest {

    @TempDir
    Path tmp;

    @Test
    void shippedRulesKeepTheConventions() {
        assertThat(Conventions.breaches(TestRules.shipped().ruleSet(), TestRules.shipped().catalog())).isEmpty();
    }

    @Test
    void everyKindOfBreachIsReportedAtOnce() throws Exception {
        Path dir = TestRules.copyShipped(tmp.resolve("rules"));
        edit(dir.resolve("satisfaction.drl"), "@id(SAT-TARGET-LOW) @severity(info)", "@id(SAT-BELOW-MIN) @severity(fatal)");
        edit(dir.resolve("funding.drl"), "    @citation(\"财预〔2020〕10号 附件：资金到位率", "    @note(\"");
        edit(dir.resolve("messages.en.yaml"), "{subject} is {actual}%, below {minimum}%.\"\n  recommendation",
                "{subject} is {actual}% of {survey}.\"\n  recommendation");
        edit(dir.resolve("messages.zh.yaml"), "[[；未设置的一级指标：{leftOut}]]", "[[；[[未设置的一级指标]]：{leftOut}]]");
        edit(dir.resolve("messages.en.yaml"), "[[; the table was not read to its end, not scored: {notRead}]]",
                "[[; the table was not read to its end, not scored: {notRead}");
        RuleSet set = new RuleSetLoader().load(dir);
        var breaches = Conventions.breaches(set, RuleCatalog.of(set.drl()));
        assertThat(breaches).anyMatch(b -> b.contains("satisfaction.drl:") && b.contains("duplicate @id SAT-BELOW-MIN"));
        assertThat(breaches).anyMatch(b -> b.contains("@severity must be error, warning or info, not fatal"));
        assertThat(breaches).anyMatch(b -> b.contains("funding.drl:10: ") && b.contains("missing @citation"));
        assertThat(breaches).anyMatch(b -> b.contains("placeholder {survey} is never filled"));
        assertThat(breaches).anyMatch(b -> b.contains("SAT-TARGET-LOW names no rule"));
        assertThat(breaches).anyMatch(b -> b.contains("messages.zh.yaml: SCORE-GRADE.message: \"[[\" inside an optional part"));
        assertThat(breaches).anyMatch(b -> b.contains("messages.en.yaml: SCORE-GRADE.message: \"[[\" with no \"]]\" after it"));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
