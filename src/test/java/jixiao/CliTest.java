package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and error lines of {@code jixiao check}, end to end. */
class CliTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        Path copy = tmp.resolve("rules");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(TestRules.DIR)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aLoneSurrogateInAReportIsWrittenToAFileAsToStandardOutputNotRefused() throws IOException {
        // "\ud800" in the JSON is a string UTF-8 cannot hold: '?' in its place, as a terminal gets, not a failed run.
        String facts = Files.readString(Path.of(SAMPLE));
        Path report = tmp.resolve("r.json");
        Files.writeString(report, facts.replace("\"乐山市经济合作和外事局\"", "\"部门\\ud800\""));
        Path out = tmp.resolve("out").resolve("r.json");
        Files.createDirectories(out.getParent());
        Cli run = Cli.run("check", report.toString(), "--format", "json", "-o", out.toString());
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        assertThat(Files.readString(out)).contains("\"部门?\"");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("r.json");
        }
    }

    @Test
    void failOnWarningExitsOne() {
        Cli run = Cli.run("check", SAMPLE, "--fail-on", "warning", "--format", "markdown");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("## 四、问题及建议");
    }

    @Test
    void englishWording() {
        Cli run = Cli.run("check", SAMPLE, "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Warnings (5)", "IV. Problems and suggestions", "missed its target");
    }

    @Test
    void badInputExitsTwoWithOneLinePerProblem() throws IOException {
        Path bad = tmp.resolve("r.json");
        Files.writeString(bad, "{\"report\": 1}");
        Cli run = Cli.run("check", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + "#/report: ").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("check", SAMPLE, "--format", "pdf").code()).isEqualTo(2);
        assertThat(Cli.run("check", SAMPLE, "--fail-on", "fatal").code()).isEqualTo(2);
        assertThat(Cli.run("check").code()).isEqualTo(2);
        assertThat(Cli.run("nosuch").code()).isEqualTo(2);
    }

    @Test
    void helpListsEveryCommandThoughARunReadsOnlyTheOneItNames() {
        for (String[] args : new String[][] {{"--help"}, {"--help", "check"}, {"-h", "rules", "list"}}) {
            Cli run = Cli.run(args);
            assertThat(run.code()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args))
                    .contains("check ", "extract ", "explain ", "rules ", "replay ", "keys ", "generate ");
        }
        assertThat(Cli.run().err()).contains("a command is required: check, extract, explain, rules, replay, keys, generate");
        Cli typo = Cli.run("chek", SAMPLE);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'chek'").contains("Try 'jixiao --help'.");
        // a subcommand's own subcommands are all there when it is the one named
        assertThat(Cli.run("rules", "--help").out()).contains("validate", "test", "list", "fingerprint", "diff");
    }

    @Test
    void helpListsTheExitCodes() {
        Cli run = Cli.run("check", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Exit codes:", "bad input or usage", "the rules do not load");
    }

    @Test
    void brokenRuleExitsThreeNamingFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("satisfaction.drl");
        String text = Files.readString(drl);
        // A typo in a condition: the field does not exist.
        Files.writeString(drl, text.replace("actual.number < policy.num(\"satisfaction.minimum\")",
                "actul.number < policy.num(\"satisfaction.minimum\")"));
        int line = lineOf(Files.readString(drl), "actul.number");
        Path out = tmp.resolve("out.json");
        Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "-o", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(drl + ":" + line).doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void ruleThatThrowsAtRunTimeExitsThreeNamingIt() throws IOException {
        Path rules = copyOfRules();
        String rule = """
                package rules;
                import jixiao.model.Indicator;
                import function jixiao.engine.Findings.raise;

                rule "Reads a subject that may be null"
                    @id(TEST-NULL) @severity(warning) @title("t") @citation("c")
                when
                    $i : Indicator( %s )
                then
                    raise(kcontext, %s);
                end
                """;
        // A null in a condition, then a null in a consequence: both are named by id and file:line.
        for (String[] parts : new String[][] {{"subject.length() > 0", "\"x\""}, {"", "$i.subject().trim()"}}) {
            Files.writeString(rules.resolve("zz.drl"), rule.formatted(parts[0], parts[1]));
            Path out = tmp.resolve("out.json");
            Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "-o", out.toString());
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).startsWith("rules/zz.drl:5: rule TEST-NULL failed at run time: NullPointerException")
                    .doesNotContain("\tat ");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedAndNamedAndABatchGoesOn() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("zz.drl"), """
                package rules;
                import jixiao.model.Today;

                rule "Tomorrow, and tomorrow"
                    @id(TEST-LOOP) @kind(derive) @title("t") @citation("c")
                when
                    $t : Today()
                then
                    insert(new Today($t.date().plusDays(1)));
                end
                """);
        Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        // 5,000 and 25 for each of the sample's 9 indicators, 4 paragraphs, 1 problem and 1 suggestion
        assertThat(run.err()).startsWith("rules/zz.drl:4: rule TEST-LOOP keeps firing: the rules fired 5375 times");
        Cli batch = Cli.run("check", SAMPLE, "fixtures/bad/malformed.json", "--rules", rules.toString(),
                "--format", "jsonl");
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.out().lines().toList()).hasSize(2);
        assertThat(batch.out()).contains("\"status\":\"rule-failure\"").contains("\"status\":\"bad-input\"");
    }

    @Test
    void badPolicyExitsThreeNamingTheKey() throws IOException {
        Path rules = copyOfRules();
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("minimum: 95 ", "minimum: high ")
                .replace("scoring: ratio", "scoring: ratios"));
        Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(policy + "#/satisfaction/minimum: ", policy + "#/lowerIsBetter/scoring: ");
    }

    @Test
    void editedPolicyTakesEffectWithoutRebuild() throws IOException {
        Path rules = copyOfRules();
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("minimum: 95 ", "minimum: 100 "));
        Cli run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("\"ruleId\": \"SAT-BELOW-MIN\"");
        // 101 is outside a percentage's range: the rules still run with it, and say so.
        Files.writeString(policy, Files.readString(policy).replace("minimum: 100 ", "minimum: 101 "));
        run = Cli.run("check", SAMPLE, "--rules", rules.toString(), "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"ruleId\": \"SAT-BELOW-MIN\"", "\"subject\": \"外宾满意度\"");
        assertThat(run.err()).startsWith("warning: " + policy + "#/satisfaction/minimum: ");
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path out = tmp.resolve("result.json");
        Cli run = Cli.run("check", SAMPLE, "--format", "json", "-o", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").endsWith("}\n");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("result.json");
        }
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path input = tmp.resolve("r.json");
        Files.copy(Path.of(SAMPLE), input);
        Cli run = Cli.run("check", input.toString(), "-o", input.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readString(input)).isEqualTo(Files.readString(Path.of(SAMPLE)));
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return before.split("\n", -1).length;
    }
}
