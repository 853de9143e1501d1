package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.ResultAssembler;
import jixiao.engine.Checker;
import jixiao.engine.RuleBase;
import jixiao.generate.ReportGenerator;
import jixiao.load.ReportReader;
import jixiao.model.Report;
import jixiao.render.JsonRenderer;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any report, checked over 1,000 generated reports each (seeded, so a failure names the
 * report that shows it): the score's range and grade, traces that point at the rule, repeatable output, order
 * independence, and that a met indicator never adds an error.
 */
class PropertiesTest {

    private static final int REPORTS = 1000;
    private static final RuleBase RULES = TestRules.shipped();
    private static final ReportGenerator GENERATOR = new ReportGenerator(2026);
    private static final Map<String, List<String>> RULE_FILES = new HashMap<>();

    private static CheckResult check(ObjectNode facts) throws Exception {
        Report report = new ReportReader().read(Path.of("generated.json"), facts.deepCopy());
        Checker.Outcome outcome = new Checker(RULES).check(report);
        return new ResultAssembler(RULES, "test").assemble("generated.json", report, outcome, "zh", List.of(),
                LocalDate.of(2026, 1, 1));
    }

    private static List<String> findings(CheckResult r) {
        List<String> out = new ArrayList<>();
        for (FindingView f : r.findings()) {
            out.add(f.ruleId() + "|" + f.severity() + "|" + f.subject() + "|" + f.message());
        }
        out.sort(null);
        return out;
    }

    @Test
    void scoreIsWithin0And100AndItsGradeMatches() throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            CheckResult r = check(GENERATOR.report(i));
            assertThat(r.score()).as("report %d", i).isNotNull();
            assertThat(r.score().total()).as("report %d", i).isBetween(0.0, 100.0);
            // A provisional score has a grade only when its whole range lies in one band.
            var policy = RULES.ruleSet().policy();
            String low = policy.grade(r.score().range().min());
            String high = policy.grade(r.score().range().max());
            assertThat(r.score().range().min()).as("report %d", i).isEqualTo(r.score().total());
            assertThat(r.score().range().max()).as("report %d", i).isBetween(r.score().total(), 100.0);
            assertThat(r.score().complete()).as("report %d", i)
                    .isEqualTo(r.score().range().max() == r.score().total());
            assertThat(r.score().grade()).as("report %d", i)
                    .isEqualTo(low.equals(high) ? low : jixiao.derived.ScoreCard.UNDECIDED);
        }
    }

    @Test
    void everyTracePointsAtTheDeclarationOfItsRule() throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            for (FindingView f : check(GENERATOR.report(i)).findings()) {
                List<String> lines = RULE_FILES.computeIfAbsent(f.trace().file(), PropertiesTest::lines);
                assertThat(lines.get(f.trace().line() - 1)).as("report %d, %s", i, f.ruleId())
                        .contains("rule \"" + f.trace().rule() + "\"");
                assertThat(lines.get(f.trace().line())).as("report %d", i).contains("@id(" + f.ruleId() + ")");
            }
        }
    }

    private static List<String> lines(String display) {
        try {
            return Files.readAllLines(TestRules.DIR.resolve(Path.of(display).getFileName()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            ObjectNode facts = GENERATOR.report(i);
            assertThat(JsonRenderer.pretty(check(facts))).as("report %d", i).isEqualTo(JsonRenderer.pretty(check(facts)));
        }
    }

    @Test
    void findingsDoNotDependOnTheOrderOfIndicators() throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            ObjectNode facts = GENERATOR.report(i);
            ObjectNode shuffled = facts.deepCopy();
            ArrayNode rows = (ArrayNode) shuffled.path("indicators");
            List<Object> order = new ArrayList<>();
            rows.forEach(order::add);
            java.util.Collections.shuffle(order, new Random(i));
            rows.removeAll();
            order.forEach(o -> rows.add((com.fasterxml.jackson.databind.JsonNode) o));
            CheckResult a = check(facts);
            CheckResult b = check(shuffled);
            assertThat(findings(b)).as("report %d", i).isEqualTo(findings(a));
            assertThat(b.score().total()).as("report %d", i).isEqualTo(a.score().total());
        }
    }

    @Test
    void addingAMetIndicatorNeverAddsAnError() throws Exception {
        for (int i = 0; i < REPORTS; i++) {
            ObjectNode facts = GENERATOR.report(i);
            facts.remove("evaluation"); // a stated total is compared with the score, which any indicator moves
            ObjectNode more = facts.deepCopy();
            ObjectNode met = ((ArrayNode) more.path("indicators")).addObject();
            met.put("level1", "产出指标").put("level2", "数量指标").put("name", "新增已完成指标")
                    .put("kind", ">=").put("target", 10).put("actual", 10).put("unit", "个");
            if (facts.at("/indicators/0").has("weight")) {
                met.put("weight", 1);
            }
            List<String> before = errors(check(facts));
            List<String> after = errors(check(more));
            assertThat(before).as("report %d", i).containsAll(after);
        }
    }

    private static List<String> errors(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity().equals("error"))
                .map(f -> f.ruleId() + "|" + f.subject()).toList();
    }
}
