package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) left inside numbers and words by a copy from a web
 * page are read as nothing: a report full of them gives the findings it gives without them (it lost every number, with
 * exit 0, before).
 */
class ZeroWidthTest {

    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"};

    @TempDir
    Path dir;

    @Test
    void aTextWithThemInsideItsNumbersChecksAsWithout() throws Exception {
        String text = Files.readString(Path.of("fixtures/leshan-2021/report.md"));
        Matcher digits = Pattern.compile("(\\d)(?=\\d)|(满意)(?=度)").matcher(text);
        StringBuilder marked = new StringBuilder();
        int n = 0;
        while (digits.find()) {
            digits.appendReplacement(marked, "$0" + INVISIBLE[n++ % INVISIBLE.length]);
        }
        digits.appendTail(marked);
        assertThat(n).isGreaterThan(30);
        Path plain = Files.writeString(dir.resolve("plain.md"), text);
        Path invisible = Files.writeString(dir.resolve("invisible.md"), marked.toString());
        Cli before = Cli.run("check", plain.toString(), "--format", "json");
        Cli after = Cli.run("check", invisible.toString(), "--format", "json");
        assertThat(after.code()).isEqualTo(before.code());
        assertThat(after.out().replace("invisible.md", "plain.md")).isEqualTo(before.out());
    }
}
