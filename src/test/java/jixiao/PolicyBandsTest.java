package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules validate` refuses policy numbers no method can use: grade bands out of order, weights that are all 0. */
class PolicyBandsTest {

    @TempDir
    Path dir;

    @Test
    void invertedBandsAndZeroWeightsAreRefused() throws Exception {
        Path rules = dir.resolve("rules");
        TestRules.copyShipped(rules);
        Path policy = rules.resolve("policy.yaml");
        String text = Files.readString(policy);
        String inverted = text.replace("  优: 90\n  良: 80", "  优: 60\n  良: 80");
        String zero = text.replaceAll("(?m)^(  (execution|output|benefit|satisfaction): )\\d+", "$10");
        assertThat(inverted).isNotEqualTo(text);
        assertThat(zero).isNotEqualTo(text);

        Files.writeString(policy, inverted);
        Cli bands = Cli.run("rules", "validate", "--rules", rules.toString());
        assertThat(bands.code()).isEqualTo(3);
        assertThat(bands.err()).contains("policy.yaml#/grades/良: 80 is not below 优's 60");

        Files.writeString(policy, zero);
        Cli weights = Cli.run("rules", "validate", "--rules", rules.toString());
        assertThat(weights.code()).isEqualTo(3);
        assertThat(weights.err()).contains("policy.yaml#/weights: every weight is 0");

        Files.writeString(policy, text);
        assertThat(Cli.run("rules", "validate", "--rules", rules.toString()).code()).isZero();
    }
}
