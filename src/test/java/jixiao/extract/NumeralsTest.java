package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Chinese numerals compose as they are said, with 万 and 亿 among the multipliers as with only 十, 百, 千 (the shipped
 * extraction.yaml has the three; a rules folder may add 万 and 亿): 十二万 is 120,000, not 20,010.
 */
class NumeralsTest {

    private static final Map<Character, Integer> DIGITS = new LinkedHashMap<>();
    private static final Map<Character, Integer> MULTIPLIERS = new LinkedHashMap<>();

    static {
        String d = "零一二三四五六七八九";
        for (int i = 0; i < d.length(); i++) {
            DIGITS.put(d.charAt(i), i);
        }
        DIGITS.put('两', 2);
        DIGITS.put('〇', 0);
        MULTIPLIERS.put('十', 10);
        MULTIPLIERS.put('百', 100);
        MULTIPLIERS.put('千', 1000);
        MULTIPLIERS.put('万', 10_000);
        MULTIPLIERS.put('亿', 100_000_000);
    }

    private final Numerals numerals = new Numerals(DIGITS, MULTIPLIERS);

    private long value(String text) {
        BigDecimal v = numerals.parse(text);
        assertThat(v).as(text).isNotNull();
        return v.longValueExact();
    }

    @Test
    void examplesAsTheyAreSaid() {
        assertThat(value("十二万")).isEqualTo(120_000);
        assertThat(value("一万二千")).isEqualTo(12_000);
        assertThat(value("十万")).isEqualTo(100_000);
        assertThat(value("万")).isEqualTo(10_000);
        assertThat(value("三百五十万")).isEqualTo(3_500_000);
        assertThat(value("一亿二千万")).isEqualTo(120_000_000);
        assertThat(value("一万亿")).isEqualTo(1_000_000_000_000L);
        assertThat(value("二十万亿")).isEqualTo(20_000_000_000_000L);
        assertThat(value("一百零五")).isEqualTo(105);
        assertThat(value("十二")).isEqualTo(12);
        assertThat(value("两")).isEqualTo(2);
        assertThat(value("二〇二一")).isEqualTo(2021);
        assertThat(numerals.parse("3.5万")).isEqualByComparingTo("35000");
        assertThat(numerals.parse("2亿")).isEqualByComparingTo("200000000");
        assertThat(numerals.parse("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(numerals.parse("120").toPlainString()).isEqualTo("120");
    }

    @Test
    void anyNumberWrittenInNumeralsReadsBack() {
        SplittableRandom r = new SplittableRandom(12);
        for (int n = 0; n < 20_000; n++) {
            long v = n < 10_000 ? n : r.nextLong(1_000_000_000_000L);
            assertThat(value(say(v))).as("%d as %s", v, say(v)).isEqualTo(v);
        }
    }

    @Test
    void theNumberPatternTakesDigitsBeforeTenThousandOnlyWhenItIsAMultiplier() {
        assertThat(numerals.pattern()).contains("[万亿]");
        Numerals shipped = new Numerals(DIGITS, Map.of('十', 10, '百', 100, '千', 1000));
        assertThat(shipped.pattern()).doesNotContain("[万");
    }

    @Test
    void countsReadWithTenThousandAddedToTheMultipliers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String yaml = java.nio.file.Files.readString(Extract.VOCABULARY)
                .replace("multipliers: {十: 10, 百: 100, 千: 1000}", "multipliers: {十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 100000000}");
        assertThat(yaml).contains("万: 10000");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("extraction.yaml"), yaml);
        Quantities q = new Quantities(ExtractionPatterns.load(file));
        assertThat(q.counts("全年培训十二万人次").get(0).value()).isEqualByComparingTo("120000");
        assertThat(q.counts("服务一万二千户").get(0).value()).isEqualByComparingTo("12000");
        assertThat(q.counts("接待3.5万人次").get(0).value()).isEqualByComparingTo("35000");
        assertThat(q.money("下达资金3.5万元").get(0).value()).isEqualByComparingTo("3.5");
        assertThat(q.money("下达资金23.83万元").get(0).value()).isEqualByComparingTo("23.83");
    }

    /** The standard reading: sections of 亿 and 万, 零 for a gap, 十 for 一十 at the start. */
    static String say(long v) {
        if (v == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        long[] units = {100_000_000L * 10_000, 100_000_000L, 10_000L, 1};
        String[] names = {"万亿", "亿", "万", ""};
        boolean gap = false;
        for (int i = 0; i < units.length; i++) {
            long part = v / units[i] % (i == 0 ? Long.MAX_VALUE : 10_000);
            if (part == 0) {
                gap = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (gap || part < 1000)) {
                out.append('零');
            }
            out.append(section((int) part, out.length() == 0)).append(names[i]);
            gap = false;
        }
        return out.toString();
    }

    private static String section(int part, boolean first) {
        String d = "零一二三四五六七八九";
        String[] m = {"千", "百", "十", ""};
        int[] w = {1000, 100, 10, 1};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int digit = part / w[i] % 10;
            if (digit == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            if (!(first && out.length() == 0 && digit == 1 && i == 2)) {
                out.append(d.charAt(digit));
            }
            out.append(m[i]);
        }
        return out.toString();
    }
}
