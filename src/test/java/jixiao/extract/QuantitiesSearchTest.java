package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Quantities looks for numbers only where one can start; it must find exactly what a plain regex search finds.
 * Compared on random texts made of digits, Chinese numerals, units, separators and other words.
 */
class QuantitiesSearchTest {

    @Test
    void sameMatchesAsARegexSearchOnRandomTexts() throws Exception {
        ExtractionPatterns patterns = ExtractionPatterns.load(Extract.VOCABULARY);
        Quantities q = new Quantities(patterns);
        String num = q.numerals().pattern();
        List<Pattern> searched = List.of(
                Pattern.compile("(" + num + ")\\s*(" + Quantities.alternatives(patterns.units()) + ")"),
                Pattern.compile("(" + num + ")\\s*(" + Quantities.alternatives(patterns.moneyUnits().keySet()) + ")"),
                Pattern.compile("(" + num + ")\\s*(" + Quantities.alternatives(patterns.units()) + ")?"));
        List<String> pieces = new ArrayList<>(List.of("1", "2", "0", "9", ",", ".", " ", "，", "年", "共", "完成", "率",
                "两", "十", "一百", "万", "2021", "1,234", "3.5", "万元", "元", "%", "零"));
        pieces.addAll(patterns.units());
        Random random = new Random(7);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            String t = text(random, pieces, 12);
            for (Pattern p : searched) {
                List<String> expected = new ArrayList<>();
                Matcher plain = p.matcher(t);
                while (plain.find()) {
                    expected.add(plain.start() + "-" + plain.end() + " " + plain.group(1) + "|" + plain.group(2));
                }
                List<String> found = new ArrayList<>();
                Matcher m = p.matcher(t);
                for (int from = 0; q.find(m, t, from); from = m.end()) {
                    found.add(m.start() + "-" + m.end() + " " + m.group(1) + "|" + m.group(2));
                }
                assertThat(found).as("%s in %s", p, t).isEqualTo(expected);
                matches += found.size();
            }
        }
        assertThat(matches).as("the texts hold numbers to find").isGreaterThan(20_000);
    }

    /** {@code leading} looks the unit up instead of trying each: the same as the pattern with the alternation. */
    @Test
    void leadingReadsAsThePatternWithEveryUnitTriedWould() throws Exception {
        ExtractionPatterns patterns = ExtractionPatterns.load(Extract.VOCABULARY);
        Quantities q = new Quantities(patterns);
        Pattern leading = Pattern.compile("(" + q.numerals().pattern() + ")\\s*("
                + Quantities.alternatives(patterns.units()) + ")?");
        List<String> pieces = new ArrayList<>(List.of("1", "2", "0", "9", ",", ".", " ", "\t", "\n", "\u000B", "\f",
                "\r", "\u3000", "\u00A0", "，", "年", "≥", "≤", "共", "完成", "率", "两", "十", "一百", "万", "2021", "1,234", "3.5", "万元", "元", "%", "零", ""));
        pieces.addAll(patterns.units());
        patterns.units().forEach(u -> pieces.add(u.substring(0, 1)));
        Random random = new Random(11);
        int withUnit = 0;
        for (int n = 0; n < 50_000; n++) {
            String t = text(random, pieces, 8);
            Matcher m = leading.matcher(t);
            String expected = null;
            if (m.find()) {
                java.math.BigDecimal v = q.numerals().parse(m.group(1));
                expected = v == null ? null : v + "|" + m.group(2) + "|" + m.start() + "-" + m.end();
            }
            Quantities.Quantity found = q.leading(t);
            assertThat(found == null ? null : found.value() + "|" + found.unit() + "|" + found.start() + "-" + found.end())
                    .as("leading in \"%s\"", t).isEqualTo(expected);
            withUnit += found != null && found.unit() != null ? 1 : 0;
        }
        assertThat(withUnit).as("the texts hold numbers with units").isGreaterThan(7_500); // 15 %: a floor on how much the random texts exercise units (more units dilute them), not on correctness
    }

    /** {@code percents} skips texts without a percent sign: it must give exactly the percentages among the counts. */
    @Test
    void percentsAreThePercentagesAmongTheCounts() throws Exception {
        ExtractionPatterns patterns = ExtractionPatterns.load(Extract.VOCABULARY);
        Quantities q = new Quantities(patterns);
        List<String> pieces = new ArrayList<>(List.of("1", "2", "0", "9", ".", " ", "，", "年", "率", "十", "2021",
                "3.5", "万元", "%", "％", "‰", "百分之", "达到", "为"));
        pieces.addAll(patterns.units());
        for (int k = 0; k < 10; k++) {
            pieces.addAll(List.of("%", "98", "‰", "7.5")); // percentages often enough to be many
        }
        Random random = new Random(13);
        int percents = 0;
        for (int n = 0; n < 20_000; n++) {
            String t = text(random, pieces, 10);
            List<String> expected = q.counts(t).stream().filter(Quantities.Quantity::isPercent).map(String::valueOf).toList();
            List<String> found = q.percents(t).stream().map(String::valueOf).toList();
            assertThat(found).as("percents in \"%s\"", t).isEqualTo(expected);
            percents += found.size();
        }
        assertThat(percents).as("the texts hold percentages").isGreaterThan(2_000);
    }

    /** One to {@code most} pieces picked at random, joined. */
    private static String text(Random random, List<String> pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(most); k >= 0; k--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }
}
