package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines are cut at CR LF, CR and LF exactly as the regular expression {@code \r\n|\r|\n} would cut them. */
class ReportTextLinesTest {

    @Test
    void cutsLikeTheLineBreakExpression() {
        Random random = new Random(7);
        char[] alphabet = {'a', '中', '\r', '\n', ' ', '|'};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            assertThat(jixiao.document.TextFile.lines(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactlyElementsOf(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        }
    }

    @Test
    void keepsAnEmptyLastLine() {
        assertThat(jixiao.document.TextFile.lines("一\r\n二\r")).containsExactly("一", "二", "");
    }
}
