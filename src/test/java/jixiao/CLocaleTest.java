package jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao under the C locale, as cron jobs and containers often run it: Java 17 then takes ASCII for the platform's
 * text and file names. Output, edited rules and file names beyond ASCII must come out as under UTF-8.
 */
class CLocaleTest {

    @TempDir
    Path dir;

    /** Runs jixiao in a JVM of its own with LC_ALL=C; its stdout as UTF-8, its stderr kept for messages. */
    private Result inCLocale(String... args) throws IOException, InterruptedException {
        ProcessBuilder jixiao = ChildJvm.jixiao(args);
        jixiao.environment().put("LC_ALL", "C");
        jixiao.environment().put("LANG", "C");
        Path err = Files.createTempFile("jixiao-stderr", ".log"); // outside the folder a batch reads
        try {
            Process run = jixiao.redirectError(err.toFile()).start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(run.waitFor(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void outputAndEditedRulesAreTheSameAsUnderUtf8() throws Exception {
        Path rules = dir.resolve("rules");
        TestRules.copyShipped(rules);
        Path drl = rules.resolve("satisfaction.drl");
        Files.writeString(drl, Files.readString(drl).replace("@title(\"满意度低于最低要求\")", "@title(\"满意度低于最低要求（改）\")"));
        String[] args = {"check", "fixtures/leshan-2021/report.md", "--rules", rules.toString(), "--format", "json"};

        Result c = inCLocale(args);
        Cli utf8 = Cli.run(args);

        assertThat(c.code()).as(c.err()).isEqualTo(utf8.code());
        assertThat(c.out()).contains("绩效指标缺少：效益指标、质量指标").isEqualTo(utf8.out());
    }

    @Test
    void namesBeyondAsciiAreStillReadInTheOrderOfTheirBytes() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM writes the names in UTF-8");
        Path sample = Path.of("fixtures/leshan-2021/report.json");
        for (String name : List.of("z.json", "报告.json", "a.json", "乐山.json")) {
            Files.copy(sample, dir.resolve(name));
        }
        Result c = inCLocale("check", dir.toString(), "--format", "text");
        List<String> lines = c.out().lines().toList();

        assertThat(c.code()).as(c.err()).isIn(0, 1);
        assertThat(lines).hasSize(4).allMatch(l -> l.contains(": 优 92.01 "), "every report checked");
        // a, z, then the names beginning with the bytes E4 B9 (乐) and E6 8A (报): the order of the bytes.
        assertThat(lines.get(0)).startsWith(dir.resolve("a.json") + ": ");
        assertThat(lines.get(1)).startsWith(dir.resolve("z.json") + ": ");
    }
}
