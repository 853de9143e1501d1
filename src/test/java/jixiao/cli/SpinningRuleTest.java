package jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jixiao.ChildJvm;
import jixiao.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose consequence loops for ever cannot be halted by Drools: the run must still end, with exit 3 naming the
 * rule, soon after the 10 s limit (the watchdog's grace of 5 s), and not spin on.
 */
class SpinningRuleTest {

    @TempDir
    Path dir;

    @Test
    void aRuleThatNeverYieldsEndsTheRunWithItsName() throws Exception {
        Path rules = dir.resolve("rules");
        TestRules.copyShipped(rules);
        Path drl = rules.resolve("budget.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "Spin"
                    @id(SPIN) @severity(info)
                    @title("spins")
                    @citation("none")
                when
                    Funding()
                then
                    long n = 0;
                    while (true) { n++; }
                end
                """);
        ProcessBuilder jixiao = ChildJvm.jixiao("check", "fixtures/leshan-2021/report.json", "--rules", rules.toString());
        jixiao.command().add(1, "-Djixiao.cache=" + dir.resolve("cache")); // a JVM option: before the class path
        Process run = jixiao.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = run.waitFor(90, TimeUnit.SECONDS);
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        run.destroyForcibly();
        assertThat(ended).as("the run ended").isTrue();
        assertThat(run.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("rule SPIN does not yield");
    }
}
