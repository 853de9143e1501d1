package jixiao.extract;

import java.math.BigDecimal;
import java.util.Map;

/** Reads a number written in Arabic digits (1,234.5) or in Chinese numerals (两, 十五, 一百二十). */
final class Numerals {

    private final Map<Character, Integer> digits;
    private final Map<Character, Integer> multipliers;
    /** The Chinese numerals, digits and multipliers: the pattern's character class and where a number may start. */
    private final String han;
    /** The same characters as a set, for the test made at every character of a text searched for numbers. */
    private final java.util.BitSet hanSet = new java.util.BitSet();

    Numerals(ExtractionPatterns patterns) {
        this(patterns.digits(), patterns.multipliers());
    }

    Numerals(Map<Character, Integer> digits, Map<Character, Integer> multipliers) {
        this.digits = digits;
        this.multipliers = multipliers;
        StringBuilder chars = new StringBuilder();
        StringBuilder large = new StringBuilder();
        digits.keySet().forEach(chars::append);
        multipliers.forEach((c, m) -> {
            chars.append(c);
            if (m >= TEN_THOUSAND) {
                large.append(c);
            }
        });
        this.han = chars.toString();
        this.large = large.toString();
        han.chars().forEach(hanSet::set);
    }

    /** 万 and above: a multiplier that closes a section of the number (十二万 = 12 × 万) and may follow digits (3.5万). */
    private static final int TEN_THOUSAND = 10_000;
    /** The multipliers of 万 and above, as a character class's content; empty when there are none. */
    private final String large;

    /** Whether a number can start with this character: an Arabic digit or a Chinese numeral. */
    boolean canStart(char c) {
        return c >= '0' && c <= '9' || hanSet.get(c);
    }

    /**
     * Where the next number in {@code text} may start, from {@code from} on; -1 when none can. The number pattern
     * always starts at such a place, so a search can jump between them: a character class of Chinese numerals is
     * tried by Java's regex engine one character at a time, for every character of the text.
     */
    int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (canStart(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The regex alternative matching one number, Arabic or Chinese. Runs of digits are taken whole (possessive): a
     * shorter run is followed by a digit, which no unit starts with, so giving digits back finds nothing and would try
     * every unit after every digit of a long run.
     */
    String pattern() {
        String digitsThenLarge = large.isEmpty() ? "" : "\\d++(?:\\.\\d++)?[" + large + "]+|";
        return "(?:" + digitsThenLarge + "\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?|[" + han + "]+)";
    }

    /** The value, or null when the text is no number this class can read. */
    BigDecimal parse(String text) {
        String t = text.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        int digitsEnd = 0;
        while (digitsEnd < t.length() && (Character.isDigit(t.charAt(digitsEnd)) || t.charAt(digitsEnd) == '.')) {
            digitsEnd++;
        }
        if (digitsEnd == 0) {
            return chinese(t, null);
        }
        BigDecimal lead;
        try {
            lead = new BigDecimal(t.substring(0, digitsEnd));
        } catch (NumberFormatException e) {
            return null;
        }
        return digitsEnd == t.length() ? lead : chinese(t.substring(digitsEnd), lead);
    }

    /**
     * A number in Chinese numerals, composed as it is said: 十, 百, 千 multiply the digit before them within a section;
     * 万 and 亿 (when configured) close the section before them (十二万 = 12 × 10,000, 一万二千 = 12,000, 一亿二千万 =
     * 120,000,000, 一万亿 = 10^12); digits in a row are read in place (二〇二一 = 2021). {@code lead}: a number in digits
     * before them (3.5万 = 35,000), or null.
     */
    private BigDecimal chinese(String t, BigDecimal lead) {
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = lead;
        boolean afterDigit = lead != null;
        long lastLarge = Long.MAX_VALUE;
        for (char c : t.toCharArray()) {
            Integer d = digits.get(c);
            Integer m = multipliers.get(c);
            if (d != null) {
                number = afterDigit && number != null ? number.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d))
                        : BigDecimal.valueOf(d);
                afterDigit = true;
                continue;
            }
            if (m == null) {
                return null;
            }
            BigDecimal factor = BigDecimal.valueOf(m);
            if (m < TEN_THOUSAND) {
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(factor));
            } else {
                section = section.add(number == null ? BigDecimal.ZERO : number);
                if (m > lastLarge) {
                    result = result.add(section).multiply(factor); // 一万亿: the 万 before is multiplied again
                } else {
                    if (section.signum() == 0 && result.signum() == 0) {
                        section = BigDecimal.ONE; // 万 alone
                    }
                    result = result.add(section.multiply(factor));
                }
                lastLarge = m;
                section = BigDecimal.ZERO;
            }
            number = null;
            afterDigit = false;
        }
        BigDecimal value = result.add(section).add(number == null ? BigDecimal.ZERO : number).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value; // 120, not 1.2E+2
    }
}
