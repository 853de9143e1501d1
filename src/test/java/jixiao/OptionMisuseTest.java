package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Options given wrongly are said in the user's terms, with exit 2; "-o -" is standard output, not a file named "-". */
class OptionMisuseTest {

    private static final String SAMPLE = "fixtures/leshan-2021/report.json";

    @Test
    void aDateThatIsNoDateIsSaidWithoutJavaNames() {
        Cli run = Cli.run("check", SAMPLE, "--today", "2021-02-30");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'2021-02-30' is no date of the form YYYY-MM-DD")
                .doesNotContain("java.", "Exception");
    }

    @Test
    void aMalformedFingerprintIsAUsageErrorAndCaseDoesNotMatter() {
        for (String bad : new String[] {"sha256:0", "", "abc", "sha256:" + "g".repeat(64), "md5:" + "0".repeat(64)}) {
            for (String input : new String[] {SAMPLE, "fixtures/reviewer"}) {
                Cli run = Cli.run("check", input, "--expect-fingerprint", bad);
                assertThat(run.code()).as(bad).isEqualTo(2);
                assertThat(run.err()).as(bad).startsWith("jixiao check: --expect-fingerprint must be sha256: and 64 hex")
                        .hasLineCount(1);
            }
        }
        String fingerprint = Cli.run("rules", "fingerprint").out().lines().findFirst().orElseThrow();
        assertThat(Cli.run("check", SAMPLE, "--expect-fingerprint", fingerprint.toUpperCase()).code()).isZero();
        assertThat(Cli.run("check", SAMPLE, "--expect-fingerprint",
                "SHA256:" + fingerprint.substring(7).toUpperCase()).code()).isZero();
    }

    @Test
    void threadsBelowOneAreRefused() {
        for (String n : new String[] {"0", "-1"}) {
            Cli run = Cli.run("check", "fixtures/reviewer", "--threads", n);
            assertThat(run.code()).as(n).isEqualTo(2);
            assertThat(run.err()).contains("--threads must be 1 or more");
        }
    }

    @Test
    void aDashAsTheOutputIsStandardOutput() {
        Cli run = Cli.run("check", SAMPLE, "-o", "-", "--format", "markdown");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("## 四、问题及建议");
        assertThat(Files.exists(Path.of("-"))).isFalse();
        Cli facts = Cli.run("extract", "fixtures/leshan-2021/report.md", "-o", "-");
        assertThat(facts.out()).startsWith("{");
        assertThat(Files.exists(Path.of("-"))).isFalse();
    }
}
