package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers accept a finding for a report; policy numbers may differ by project category. */
class WaiverAndCategoryTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aWaivedFindingShowsButDoesNotFailAndLeavesTheSection() throws IOException {
        Path waivers = write("w.yaml", """
                waivers:
                  - rule: IND-UNMET
                    subject: 接待外宾人次
                    reason: 疫情期间入境管控
                    approvedBy: 市财政局绩效科
                    until: 2027-06-30
                """);
        Cli plain = Cli.run("check", SAMPLE, "--fail-on", "warning", "--format", "json", "--today", "2026-11-26");
        assertThat(plain.code()).isEqualTo(1);
        assertThat(plain.out()).contains("〔IND-UNMET〕");
        Cli waived = Cli.run("check", SAMPLE, "--fail-on", "warning", "--format", "json", "--today", "2026-11-26",
                "--waivers", waivers.toString());
        JsonNode result = new ObjectMapper().readTree(waived.out());
        JsonNode unmet = null;
        for (JsonNode f : result.path("findings")) {
            if (f.path("ruleId").asText().equals("IND-UNMET")) {
                unmet = f;
            }
        }
        assertThat(unmet).isNotNull();
        assertThat(unmet.at("/waived/reason").asText()).isEqualTo("疫情期间入境管控");
        assertThat(unmet.at("/waived/waiver").asText()).endsWith("w.yaml#/waivers/0");
        assertThat(result.path("section").asText()).doesNotContain("〔IND-UNMET〕");
        // Still exit 1: the other warnings are not waived.
        assertThat(waived.code()).isEqualTo(1);
    }

    @Test
    void waivingEveryWarningLetsTheRunPass() throws IOException {
        Path waivers = write("w.yaml", """
                waivers:
                  - {rule: IND-UNMET, reason: 疫情, approvedBy: 科长, until: 2027-01-01}
                  - {rule: IND-CATEGORY-MISSING, reason: 沿用省定指标体系, approvedBy: 科长, until: 2027-01-01}
                  - {rule: SAT-NOT-REPORTED, reason: 上级未反馈, approvedBy: 科长, until: 2027-01-01}
                  - {rule: SAT-NO-SURVEY-BASIS, reason: 调查结果另附, approvedBy: 科长, until: 2027-01-01}
                  - {rule: RPT-AMOUNT-ABOVE-BUDGET, reason: 物资含社会捐赠, approvedBy: 科长, until: 2027-01-01}
                """);
        Cli run = Cli.run("check", SAMPLE, "--fail-on", "warning", "--today", "2026-11-26",
                "--waivers", waivers.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("已豁免：沿用省定指标体系（批准：科长，至 2027-01-01）");
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndIsAFinding() throws IOException {
        Path waivers = write("w.yaml", """
                waivers:
                  - {rule: SAT-NOT-REPORTED, reason: 上级未反馈, approvedBy: 科长, until: 2025-12-31}
                """);
        Cli run = Cli.run("check", SAMPLE, "--format", "json", "--today", "2026-01-01",
                "--waivers", waivers.toString());
        assertThat(run.out()).contains("\"ruleId\": \"WAIVER-EXPIRED\"").doesNotContain("\"waived\": {");
        Cli before = Cli.run("check", SAMPLE, "--format", "json", "--today", "2025-12-31",
                "--waivers", waivers.toString());
        assertThat(before.out()).doesNotContain("WAIVER-EXPIRED").contains("\"waived\": {");
    }

    @Test
    void aBadWaiversFileIsBadInput() throws IOException {
        Path waivers = write("w.yaml", "waivers:\n  - {rule: ind-unmet, reason: x, until: someday}\n");
        Cli run = Cli.run("check", SAMPLE, "--waivers", waivers.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(waivers + "#/waivers/0: ").contains(waivers + "#/waivers/0/rule: ");
    }

    private Path rulesWithOverride(String override) throws IOException {
        Path dir = tmp.resolve("rules");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(TestRules.DIR)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("byCategory: {}", "byCategory:\n" + override));
        return dir;
    }

    private Path reportWithExecution(String category) throws IOException {
        return write("r" + (category == null ? "" : "-c") + ".yaml", """
                report: {department: 局, project: 基建项目, year: 2024%s}
                funding: {budget: 100, arrived: 100, spent: 85, explanation: 工程款按进度支付}
                indicators:
                  - {level1: 产出指标, level2: 数量指标, name: 完工面积, kind: ">=", target: 100, actual: 100}
                """.formatted(category == null ? "" : ", category: " + category));
    }

    @Test
    void aCategoryOverrideChangesTheThresholdForThatCategoryOnly() throws IOException {
        Path rules = rulesWithOverride("  基本建设:\n    execution: {minimum: 80}\n");
        Cli general = Cli.run("check", reportWithExecution(null).toString(), "--rules", rules.toString(),
                "--format", "json");
        assertThat(general.out()).contains("\"ruleId\": \"BUDGET-EXECUTION-RATE\"");
        Cli capital = Cli.run("check", reportWithExecution("基本建设").toString(), "--rules", rules.toString(),
                "--format", "json");
        assertThat(capital.code()).isZero();
        assertThat(capital.out()).doesNotContain("BUDGET-EXECUTION-RATE").contains("\"category\": \"基本建设\"");
    }

    @Test
    void aBadOverrideIsNamedAtItsPlace() throws IOException {
        Path rules = rulesWithOverride("  基本建设:\n    execution: {minimum: high}\n");
        Cli run = Cli.run("rules", "validate", "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(rules.resolve("policy.yaml") + "#/byCategory/基本建设/execution/minimum: ");
    }

    @Test
    void aWaiverForNoRuleIsSaidToCoverNothing() throws IOException {
        Path waivers = write("typo.yaml", """
                waivers:
                  - {rule: IND-UNMETT, reason: 疫情, approvedBy: 科长, until: 2027-01-01}
                  - {rule: IND-UNMET, reason: 疫情, approvedBy: 科长, until: 2027-01-01}
                """);
        Cli run = Cli.run("check", SAMPLE, "--today", "2026-11-26", "--waivers", waivers.toString());
        assertThat(run.err()).contains("#/waivers/0/rule: no rule IND-UNMETT in the rule set in force")
                .doesNotContain("/waivers/1/rule");
    }

    @Test
    void twoWaiversForOneFindingAreSaidNamingBoth() throws IOException {
        Path waivers = write("twice.yaml", """
                waivers:
                  - {rule: IND-UNMET, reason: 疫情, approvedBy: 科长, until: 2027-01-01}
                  - {rule: RPT-AMOUNT-ABOVE-BUDGET, reason: 另有说明, approvedBy: 科长, until: 2027-01-01}
                  - {rule: IND-UNMET, subject: 外事活动次数, reason: 另一理由, approvedBy: 处长, until: 2028-01-01}
                  - {rule: IND-UNMET, reason: 已过期, approvedBy: 科长, until: 2020-01-01}
                """);
        for (String input : new String[] {SAMPLE, "fixtures/reviewer"}) {
            Cli run = Cli.run("check", input, "--today", "2026-11-26", "--waivers", waivers.toString());
            assertThat(run.err()).contains("warning: " + waivers + "#/waivers/2: covers findings of IND-UNMET about "
                    + "外事活动次数 that " + waivers + "#/waivers/0 covers too; the first is applied to them")
                    .doesNotContain("#/waivers/1:").doesNotContain("#/waivers/3:");
        }
    }
}
