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
        this.digits = patterns.digits();
        this.multipliers = patterns.multipliers();
        StringBuilder chars = new StringBuilder();
        digits.keySet().forEach(chars::append);
        multipliers.keySet().forEach(chars::append);
        this.han = chars.toString();
        han.chars().forEach(hanSet::set);
    }

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
        return "(?:\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?|[" + han + "]+)";
    }

    /** The value, or null when the text is no number this class can read. */
    BigDecimal parse(String text) {
        String t = text.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return chinese(t);
    }

    private BigDecimal chinese(String t) {
        long total = 0;
        long pending = -1;
        for (char c : t.toCharArray()) {
            Integer d = digits.get(c);
            Integer m = multipliers.get(c);
            if (d != null) {
                pending = d;
            } else if (m != null) {
                total += (pending < 0 ? 1 : pending) * m;
                pending = -1;
            } else {
                return null;
            }
        }
        if (pending >= 0) {
            total += pending;
        }
        return BigDecimal.valueOf(total);
    }
}
