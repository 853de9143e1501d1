package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import jixiao.engine.RuleInfo;
import jixiao.verify.CaseFiles;
import jixiao.verify.CaseResult;
import jixiao.verify.CaseRunner;
import jixiao.verify.RuleCase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every case under fixtures/rules/, one test each, and the rule that each rule has both kinds of case. */
class RuleCasesTest {

    private static final Path CASES = Path.of("fixtures/rules");

    @TestFactory
    Stream<DynamicTest> ruleCases() throws Exception {
        CaseRunner runner = new CaseRunner(TestRules.shipped(), CaseFiles.base(CASES));
        return CaseFiles.load(CASES).stream().map(c -> DynamicTest.dynamicTest(c.label(), () -> {
            CaseResult r = runner.run(c);
            assertThat(r.problems()).as("%s\nfired: %s", c.label(), r.fired()).isEmpty();
            assertThat(r.passed()).isTrue();
        }));
    }

    @Test
    void everyFindingRuleHasACaseThatFiresAndOneThatDoesNot() throws Exception {
        List<RuleCase> cases = CaseFiles.load(CASES);
        Map<String, Set<Boolean>> kinds = new TreeMap<>();
        for (RuleCase c : cases) {
            kinds.computeIfAbsent(c.rule(), k -> new TreeSet<>()).add(c.fires());
        }
        Set<String> missing = new TreeSet<>();
        for (RuleInfo rule : TestRules.shipped().catalog().rules()) {
            if (!rule.raisesFindings()) {
                continue;
            }
            Set<Boolean> have = kinds.getOrDefault(rule.id(), Set.of());
            if (!have.contains(true)) {
                missing.add(rule.id() + " has no case that fires");
            }
            if (!have.contains(false)) {
                missing.add(rule.id() + " has no case that stays quiet");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The reviewer rules (basis.drl, consistency.drl) judge fuzzier things: two cases each way, the quiet ones near misses. */
    @Test
    void everyReviewerRuleHasTwoCasesEachWay() throws Exception {
        Map<String, int[]> counts = new TreeMap<>();
        for (RuleCase c : CaseFiles.load(CASES)) {
            counts.computeIfAbsent(c.rule(), k -> new int[2])[c.fires() ? 0 : 1]++;
        }
        Set<String> short_ = new TreeSet<>();
        int reviewer = 0;
        for (RuleInfo rule : TestRules.shipped().catalog().rules()) {
            if (!rule.raisesFindings() || !(rule.file().endsWith("basis.drl") || rule.file().endsWith("consistency.drl"))) {
                continue;
            }
            reviewer++;
            int[] n = counts.getOrDefault(rule.id(), new int[2]);
            if (n[0] < 2 || n[1] < 2) {
                short_.add(rule.id() + ": " + n[0] + " firing, " + n[1] + " quiet");
            }
        }
        assertThat(reviewer).isGreaterThanOrEqualTo(12);
        assertThat(short_).isEmpty();
    }

    @Test
    void theBaseReportFiresOnlyTheScore() throws Exception {
        CaseRunner runner = new CaseRunner(TestRules.shipped(), CaseFiles.base(CASES));
        CaseResult r = runner.run(new RuleCase("base", "SCORE-GRADE", "base", true, null, Map.of(), null, Map.of(), null, null));
        assertThat(r.fired()).containsExactly("SCORE-GRADE 总分");
    }
}
