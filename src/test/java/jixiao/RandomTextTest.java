package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any text jixiao is given ends well: random lengths (up to 4 MB here; {@code -Djixiao.randomTextMegabytes=16}
 * to go to the 16 MB limit), random line lengths, random Unicode with controls, bidi marks and report words. Each run
 * exits 0, 1 or 2 (never 4, an internal error; never 3, a time limit reached) within the time limit of reading a report
 * and running its rules, and in time that grows with its size.
 */
class RandomTextTest {

    @TempDir
    Path dir;

    private static final String[] WORDS = {"绩效目标", "项目完成情况", "存在的问题", "相关建议", "满意度", "培训人次", "万元",
        "≥", "≤", "%", "| 产出指标 | 数量指标 |", "1.", "（一）", "。", "，", "：", "\t", "  ", "\u001b[31m", "\u202e",
        "\u0000", "\u200b", "１２３", "12.5", "不低于", "实际完成", "# ", "|", "---"};

    @Test
    void everyTextEndsWellInTimeProportionalToItsSize() throws Exception {
        SplittableRandom r = new SplittableRandom(20261206);
        int maxMegabytes = Integer.getInteger("jixiao.randomTextMegabytes", 4);
        for (int n = 0; n < 24; n++) {
            int size = n < 20 ? r.nextInt(200_000) : (n - 19) * (maxMegabytes * 1_000_000 - 1_000) / 4;
            int lineLength = r.nextInt(4) == 0 ? Integer.MAX_VALUE : 1 + r.nextInt(400);
            StringBuilder text = new StringBuilder(size + 100);
            int sinceBreak = 0;
            while (text.length() < size) {
                String piece = r.nextInt(3) == 0 ? String.valueOf((char) r.nextInt(0x20, 0xFFFD))
                        : WORDS[r.nextInt(WORDS.length)];
                text.append(piece);
                sinceBreak += piece.length();
                if (sinceBreak >= lineLength) {
                    text.append('\n');
                    sinceBreak = 0;
                }
            }
            // Lone surrogates drawn above are no text: UTF-8 writes them as '?'.
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            // Within the 16 MB limit (a cut mid-character is one more kind of input).
            bytes = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, Math.max(1, size)));
            Path file = Files.write(dir.resolve("r" + n + ".md"), bytes);
            long start = System.nanoTime();
            Cli run = Cli.run("check", file.toString(), "--format", "json");
            long seconds = (System.nanoTime() - start) / 1_000_000_000;
            assertThat(run.code()).as("%s (%d bytes): %s", file, Files.size(file), run.err()).isIn(0, 1, 2);
            assertThat(seconds).as("%s (%d bytes)", file, Files.size(file))
                    .isLessThan(20 + 3 * Files.size(file) / 1_000_000)
                    .isLessThan(jixiao.load.TimeLimit.READ_SECONDS + jixiao.engine.Checker.MAX_MILLIS / 1000);
        }
    }
}
