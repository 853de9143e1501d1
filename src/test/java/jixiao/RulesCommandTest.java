package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao rules validate|test|list|fingerprint|diff} and {@code check --expect-fingerprint}, end to end. */
class RulesCommandTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        return copy(TestRules.DIR, tmp.resolve("rules"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    @Test
    void validateAcceptsTheShippedRules() {
        Cli run = Cli.run("rules", "validate");
        assertThat(run.code()).isZero();
        long raising = TestRules.shipped().catalog().rules().stream().filter(r -> r.raisesFindings()).count();
        assertThat(raising).isGreaterThanOrEqualTo(24);
        assertThat(run.out()).contains("valid: " + raising + " rules raise findings");
    }

    @Test
    void validateNamesTheLineOfATypoAndExitsThree() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("budget.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.replace("$f : Funding( explained )", "$f : Funding( explaned )"));
        int line = text.substring(0, text.indexOf("$f : Funding( explained )")).split("\n", -1).length;
        Cli run = Cli.run("rules", "validate", "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(drl + ":" + line + ":").contains("explaned");
    }

    @Test
    void validateRefusesAPercentageAbove100() throws IOException {
        Path rules = copyOfRules();
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("minimum: 95 ", "minimum: 101 "));
        Cli run = Cli.run("rules", "validate", "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(policy + "#/satisfaction/minimum: ");
    }

    @Test
    void testPassesOnTheShippedCasesAndCoversEveryRule() {
        Cli run = Cli.run("rules", "test");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("coverage: every rule has a passing case that fires it")
                .containsPattern("IND-UNMET\\s+7\\s+7\\s+0")
                .containsPattern("\\n\\d+ passed, 0 failed\\n");
    }

    @Test
    void aCaseExpectingAFindingThatDoesNotFireFailsReadably() throws IOException {
        Path cases = copy(Path.of("fixtures/rules"), tmp.resolve("cases"));
        Path file = cases.resolve("SAT-BELOW-MIN.yaml");
        Files.writeString(file, Files.readString(file).replace("/indicators/5/actual: 90,", "/indicators/5/actual: 96,"));
        Cli run = Cli.run("rules", "test", "--cases", cases.toString(), "SAT-BELOW-MIN");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAILED SAT-BELOW-MIN · 90% satisfied")
                .contains("expected SAT-BELOW-MIN about 学员满意度 to fire; it did not")
                .contains("fired: SCORE-GRADE 总分")
                .contains("1 passed, 1 failed");
    }

    @Test
    void docsRulesMdIsTheCurrentCatalogue() throws IOException {
        Cli run = Cli.run("rules", "list", "--format", "markdown");
        assertThat(run.code()).isZero();
        assertThat(Files.readString(Path.of("docs/rules.md")))
                .as("docs/rules.md is stale: run bin/jixiao rules list --format markdown > docs/rules.md")
                .isEqualTo(run.out());
        assertThat(run.out()).contains("| SAT-BELOW-MIN | warning | 满意度低于最低要求 |")
                .contains("rules/satisfaction.drl:").contains("satisfaction.minimum");
    }

    @Test
    void fingerprintPinsTheRuleSet() throws IOException {
        Cli printed = Cli.run("rules", "fingerprint");
        String fingerprint = printed.out().lines().findFirst().orElseThrow();
        assertThat(fingerprint).matches("sha256:[0-9a-f]{64}");
        assertThat(Cli.run("check", SAMPLE, "--expect-fingerprint", fingerprint).code()).isZero();
        Path rules = copyOfRules();
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("ratio: 1.3", "ratio: 1.5"));
        Path out = tmp.resolve("out.txt");
        Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "--expect-fingerprint", fingerprint,
                "-o", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("not the expected " + fingerprint);
        assertThat(out).doesNotExist();
    }

    @Test
    void diffShowsWhatAPolicyChangeAddsAndRemoves() throws IOException {
        Path rules = copyOfRules();
        Path policy = rules.resolve("policy.yaml");
        // A higher bar for over-achievement: 开展友城交流活动 (140%) and 开展国际抗疫合作 (150%) drop out.
        Files.writeString(policy, Files.readString(policy).replace("ratio: 1.3", "ratio: 1.6"));
        Cli run = Cli.run("rules", "diff", TestRules.DIR.toString(), rules.toString(), SAMPLE);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("  - [IND-OVERACHIEVED] info · 开展友城交流活动")
                .contains("  - [IND-OVERACHIEVED] info · 开展国际抗疫合作")
                .doesNotContain("- [IND-OVERACHIEVED] info · 新建友城数量")
                .contains("0 findings appear, 2 disappear, over 1 reports");
    }
}
