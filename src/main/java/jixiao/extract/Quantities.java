package jixiao.extract;

import jixiao.document.TextForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds counts with their unit (9 批次, 两个, 95%) and money amounts (23.83 万元) in a text. */
final class Quantities {

    /** A number and its unit at [start, end) of the text searched. */
    record Quantity(BigDecimal value, String unit, int start, int end) {
        boolean isPercent() {
            return "%".equals(unit) || "‰".equals(unit);
        }

        // Written out for a cold run, as Measure's are; listed in RecordEqualityTest, which holds them to the
        // record's own.
        @Override
        public boolean equals(Object o) {
            return o instanceof Quantity q && Objects.equals(value, q.value) && Objects.equals(unit, q.unit)
                    && start == q.start && end == q.end;
        }

        @Override
        public int hashCode() {
            return ((Objects.hashCode(value) * 31 + Objects.hashCode(unit)) * 31 + start) * 31 + end;
        }
    }

    private final Numerals numerals;
    private final Pattern count;
    private final Pattern money;
    /** A number alone; {@link #leading} finds the unit after it by {@link #unitsByFirst}. */
    private final Pattern number;
    /** The units by their first character, longest first, as the alternation in {@link #count} tries them. */
    private final Map<Character, List<String>> unitsByFirst = new HashMap<>();
    private final ExtractionPatterns patterns;

    Quantities(ExtractionPatterns patterns) {
        this.patterns = patterns;
        this.numerals = new Numerals(patterns);
        String num = numerals.pattern();
        this.count = Pattern.compile("(" + num + ")\\s*(" + alternatives(patterns.units()) + ")");
        this.money = Pattern.compile("(" + num + ")\\s*(" + alternatives(patterns.moneyUnits().keySet())
                + ")");
        this.number = Pattern.compile("(" + num + ")");
        for (String unit : longestFirst(patterns.units())) {
            unitsByFirst.computeIfAbsent(unit.charAt(0), c -> new ArrayList<>()).add(unit);
        }
    }

    Numerals numerals() {
        return numerals;
    }

    /** Counts and percentages, leaving out years (2021 年) and money. */
    List<Quantity> counts(String text) {
        return counts(text, false);
    }

    /** Counts, with amounts of money among them when {@code withMoney} (a cost target: 控制在50万元以内). */
    List<Quantity> counts(String text, boolean withMoney) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = count.matcher(text);
        for (int from = 0; find(m, text, from); from = m.end()) {
            BigDecimal v = numerals.parse(m.group(1));
            String unit = m.group(2);
            if (v == null || isYear(v, unit) || !withMoney && patterns.moneyUnits().containsKey(unit)
                    || precededByDigit(text, m.start())) {
                continue;
            }
            out.add(new Quantity(v, unit, m.start(), m.end()));
        }
        return out;
    }

    /**
     * The percentages among {@link #counts(String)}, in the same order. A text with no '%' or '‰' holds none, and is
     * not searched: most clauses of a report have none.
     */
    List<Quantity> percents(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('‰') < 0) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : counts(text)) {
            if (q.isPercent()) {
                out.add(q);
            }
        }
        return out;
    }

    /** Money amounts, converted to 万元. */
    List<Quantity> money(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = money.matcher(text);
        for (int from = 0; find(m, text, from); from = m.end()) {
            BigDecimal v = numerals.parse(m.group(1));
            if (v == null || !Character.isDigit(m.group(1).charAt(0)) || bareTenThousand(text, m)) {
                continue;
            }
            BigDecimal factor = patterns.moneyUnits().get(m.group(2));
            out.add(new Quantity(v.multiply(factor).stripTrailingZeros(), "万元", m.start(), m.end()));
        }
        return out;
    }

    /** A number standing alone with an optional unit, as in a table cell ("≥100人", "98%", "62.5"). */
    Quantity leading(String text) {
        int start = numerals.nextStart(text, 0);
        if (start < 0) {
            return null; // most cells hold no number (an empty score column): no matcher for them
        }
        // As the pattern (number)\s*(unit|…)? would match, with the unit looked up rather than tried one by one.
        Matcher m = number.matcher(text);
        if (!find(m, text, start)) {
            return null;
        }
        BigDecimal v = numerals.parse(m.group(1));
        if (v == null) {
            return null;
        }
        int end = m.end();
        while (end < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        String unit = unitAt(text, end);
        return new Quantity(v, unit, m.start(), unit == null ? end : end + unit.length());
    }

    /** The longest unit starting at {@code at}, or null. */
    private String unitAt(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        for (String unit : unitsByFirst.getOrDefault(text.charAt(at), List.of())) {
            if (text.startsWith(unit, at)) {
                return unit;
            }
        }
        return null;
    }

    /**
     * The next match at or after {@code from}, as {@link Matcher#find(int)} would find it, but tried only where a
     * number can start (every match starts with one).
     */
    boolean find(Matcher m, String text, int from) {
        for (int i = numerals.nextStart(text, from); i >= 0; i = numerals.nextStart(text, skip(text, i))) {
            jixiao.load.TimeLimit.check();
            m.region(i, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where to look next after no match starts at {@code i}: past the run of digits (or of Chinese numerals) it
     * starts, as no match can start inside it where none starts at its head. A number read from a later place in the
     * run ends where one from its head could, so a later start meets the same units and fails alike; only a
     * thousands group (1234,567) starts later in its run, so a run before a comma is tried place by place. Without
     * this, a run of a million digits was tried a million times, each to its end.
     */
    private int skip(String text, int i) {
        boolean digit = isAsciiDigit(text.charAt(i)); // \d, as the pattern reads it
        int end = i + 1;
        while (end < text.length() && (digit ? isAsciiDigit(text.charAt(end))
                : !isAsciiDigit(text.charAt(end)) && numerals.canStart(text.charAt(end)))) {
            end++;
        }
        return end < text.length() && text.charAt(end) == ',' ? i + 1 : end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "3万人次" is a count, not money: a bare 万 followed by more words. */
    private static boolean bareTenThousand(String text, Matcher m) {
        return m.group(2).equals("万") && m.end() < text.length() && TextForms.isHan(text.charAt(m.end()));
    }

    private static boolean isYear(BigDecimal v, String unit) {
        return unit.startsWith("年") && v.compareTo(BigDecimal.valueOf(1900)) >= 0;
    }

    private static boolean precededByDigit(String text, int at) {
        return at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
    }

    static String alternatives(java.util.Collection<String> words) {
        return longestFirst(words).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The words once each, longest first, in their order where as long: the order an alternation tries them. */
    private static List<String> longestFirst(java.util.Collection<String> words) {
        return new LinkedHashSet<>(words).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
