package jixiao.extract;

import jixiao.document.TextForms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads results from the narrative and aligns each to the target it answers: counts by their unit and the words
 * of the target ("9 批 55 人" answers 接待外宾 9 批次 and 60 人次), satisfaction by who was surveyed, a stated
 * completion rate by the name before 完成率, with the cause in its sentence as the deviation reason.
 * A result that could answer more than one target is left out and noted.
 */
final class ResultReader {

    /** A name this similar (share of its pieces) to the text before a rate word is taken to be named there. */
    private static final double NAME_SHARE = 0.6;

    private final ExtractionPatterns patterns;
    private final Quantities quantities;
    private final Alignment alignment;
    private final Categories categories;
    private final Map<IndicatorDraft, Integer> ambiguous = new LinkedHashMap<>();
    private final ListCounts lists;

    ResultReader(ExtractionPatterns patterns, Quantities quantities) {
        this.patterns = patterns;
        this.quantities = quantities;
        this.alignment = new Alignment(patterns);
        this.categories = new Categories(patterns);
        this.lists = new ListCounts(patterns);
    }

    void read(List<Passage> passages, List<IndicatorDraft> indicators) {
        ambiguous.clear();
        List<Passage> ordered = new ArrayList<>(passages);
        ordered.removeIf(p -> p.section() == SectionKind.TARGETS || p.section() == SectionKind.END);
        ordered.sort(Comparator.comparingInt(p -> p.section() == SectionKind.COMPLETION ? 0 : 1));
        for (Passage p : ordered) {
            jixiao.load.TimeLimit.check();
            for (Spans.Span sentence : Spans.sentences(p.text())) {
                sentence(p, sentence, indicators);
            }
        }
        // What no number answers may be written as a list of what was done.
        for (Passage p : ordered) {
            jixiao.load.TimeLimit.check();
            lists.read(p, indicators);
        }
        ambiguous.forEach((d, line) -> {
            if (d.actual == null) {
                d.note("actual", Places.mark(line) + "有多个数字可能是“" + d.name + "”的实际完成值，无法确定对应关系；请核对该行并填写"
                        + d.name + "的实际完成值。", line, false);
            }
        });
        // Where the report gives one group's satisfaction (外宾满意度达100%), jixiao has read its survey results:
        // another group's that is not there is not reported, rather than not read.
        boolean surveyRead = indicators.stream().anyMatch(d -> d.isSatisfaction() && d.actual != null && !d.fromTable);
        for (IndicatorDraft d : indicators) {
            if (d.isSatisfaction() && surveyRead) {
                continue;
            }
            if (d.actual == null && ambiguous.get(d) == null && !d.fromTable) {
                d.note("actual", "报告正文未以数字给出“" + d.name + "”的实际完成值；请在“项目完成情况”或“项目效益情况”部分查找后填写。",
                        null, false);
            }
        }
    }

    private void sentence(Passage p, Spans.Span sentence, List<IndicatorDraft> indicators) {
        String text = p.text();
        String s = sentence.of(text);
        boolean named = labelled(p, sentence, indicators);
        boolean restatesPlan = Words.anyIn(s, patterns.planMarkers())
                || patterns.kinds().stream().anyMatch(k -> Words.anyIn(s, patterns.prefixes(k)));
        List<Spans.Span> clauses = Spans.clauses(text, sentence);
        if (!named) {
            lastCounted = null;
            counts(p, sentence, indicators);
        }
        for (Spans.Span clause : clauses) {
            String c = clause.of(text);
            for (Quantities.Quantity q : quantities.percents(c)) {
                percent(p, clause, q, clauses, indicators, restatesPlan);
            }
        }
    }

    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("^\\s*(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))?\\s*([^:,;。]{2,30}):");

    /** "2. 取得职业技能等级证书人数：实际取证338人": the value after the indicator's name and a colon. */
    private boolean labelled(Passage p, Spans.Span sentence, List<IndicatorDraft> indicators) {
        String text = p.text();
        String s = sentence.of(text);
        java.util.regex.Matcher m = LABEL.matcher(s);
        if (!m.find()) {
            return false;
        }
        IndicatorDraft d = byName(m.group(1).strip(), indicators);
        if (d == null || d.actual != null || !d.isQuantitative()) {
            return d != null;
        }
        String rest = s.substring(m.end());
        List<Quantities.Quantity> values = "%".equals(d.unit) ? quantities.percents(rest) : quantities.counts(rest, true);
        for (Quantities.Quantity q : values) {
            if ("%".equals(d.unit) || patterns.sameUnit(d.unit, q.unit())) {
                int start = sentence.start() + m.end();
                d.actual = p.source(q.value(), start + q.start(), start + q.end());
                ambiguous.remove(d);
                lastCounted = d;
                return true;
            }
        }
        return true;
    }

    /** The indicator the last count of the sentence being read was given to: "完成年度计划的95%" speaks of it. */
    private IndicatorDraft lastCounted;

    /** Whether a clause restates the plan (计划…, 不少于…) rather than reports a result. */
    private boolean plansIn(String clause) {
        return Words.anyIn(clause, patterns.planMarkers())
                || patterns.kinds().stream().anyMatch(k -> Words.anyIn(clause, patterns.prefixes(k)));
    }

    /** "外宾满意度达 100%", "接待外宾人次完成率为 92%", "验收合格率 100%". */
    private void percent(Passage p, Spans.Span clause, Quantities.Quantity q, List<Spans.Span> clauses,
                         List<IndicatorDraft> indicators, boolean restatesPlan) {
        String text = p.text();
        String before = text.substring(clause.start(), clause.start() + q.start()).strip();
        for (String v : patterns.rates("verbs")) {
            if (before.endsWith(v)) {
                before = before.substring(0, before.length() - v.length()).strip();
                break;
            }
        }
        int end = clause.start() + q.end();
        String share = Words.firstEnding(before, patterns.rates("completionOf"));
        if (share != null && lastCounted != null) {
            // "全年补植7600株，完成年度计划的95%": the rate of the count just read.
            IndicatorDraft d = lastCounted;
            if (d.statedRate == null) {
                d.statedRate = p.source(q.value(), clause.start() + before.length() - share.length(), end);
                cause(p, clause, clauses, d, end);
                if (d.deviationReason == null) {
                    causeAfter(p, clauses.get(clauses.size() - 1).end(), d);
                }
            }
            return;
        }
        String completion = Words.firstEnding(before, patterns.rates("completion"));
        if (completion != null) {
            String name = before.substring(0, before.length() - completion.length());
            // "实际取证338人，完成率96.57%": a rate named by no indicator is the rate of the count just read.
            IndicatorDraft d = name.isBlank() ? lastCounted : byName(name, indicators);
            if (d != null && d.statedRate == null) {
                d.statedRate = p.source(q.value(), clause.start(), end);
                cause(p, clause, clauses, d, end);
                if (d.deviationReason == null) {
                    causeAfter(p, clauses.get(clauses.size() - 1).end(), d);
                }
            }
            return;
        }
        if (restatesPlan) {
            return;
        }
        String sat = categories.satisfactionWord(before);
        if (sat != null && before.endsWith(sat)) {
            String subject = before.substring(0, before.length() - sat.length());
            satisfaction(p, clause.start(), end, q.value(), subject, indicators);
            return;
        }
        if (Words.anyEnding(before, patterns.rates("arrival"))
                || Words.anyEnding(before, patterns.rates("execution"))) {
            return;
        }
        IndicatorDraft d = byName(before, indicators);
        if (d != null && d.actual == null && "%".equals(d.unit)) {
            d.actual = p.source(q.value(), clause.start(), end);
        }
    }

    private void satisfaction(Passage p, int start, int end, BigDecimal value, String subject,
                              List<IndicatorDraft> indicators) {
        List<IndicatorDraft> sat = indicators.stream().filter(IndicatorDraft::isSatisfaction).toList();
        List<IndicatorDraft> named = sat.stream()
                .filter(d -> d.subject != null && !subject.isEmpty() && subject.contains(d.subject)).toList();
        IndicatorDraft d = named.size() == 1 ? named.get(0) : null;
        boolean guessed = false;
        if (d == null && named.isEmpty() && sat.size() == 1) {
            d = sat.get(0);
            guessed = d.subject != null && !subject.contains(d.subject);
        }
        if (d == null || d.actual != null) {
            return;
        }
        d.actual = p.source(value, start, end);
        if (guessed) {
            d.note("actual", Places.mark(d.actual.line()) + "的满意度“" + d.actual.quote() + "”未写明是否为" + d.subject
                    + "的调查结果，已按唯一的满意度指标读入；请核对。", d.actual.line(), true);
        }
    }

    /** The cause in the sentence of a completion rate (由于疫情原因) is the deviation reason. */
    private void cause(Passage p, Spans.Span rateClause, List<Spans.Span> clauses, IndicatorDraft d, int rateEnd) {
        String text = p.text();
        for (Spans.Span c : clauses) {
            String s = c.of(text);
            if (c.equals(rateClause)) {
                continue;
            }
            boolean isCause = Words.anyStarting(s, patterns.causeStarts())
                    || Words.anyIn(s, patterns.causeWords());
            if (isCause && d.deviationReason == null) {
                int from = Math.min(c.start(), rateClause.start());
                int to = Math.max(c.end(), rateEnd);
                d.deviationReason = p.source(null, from, to).withValue(p.source(null, c.start(), c.end()).quote());
            }
        }
    }

    /** A cause opening the sentence after {@code from} (受…影响，…) explains the shortfall stated before it. */
    private void causeAfter(Passage p, int from, IndicatorDraft d) {
        Sourced cause = p.causeFrom(from, patterns.causeStarts());
        if (cause != null) {
            d.deviationReason = cause;
        }
    }

    /** Counts of a sentence, each given to the one target of its unit that the sentence speaks of. */
    private void counts(Passage p, Spans.Span sentence, List<IndicatorDraft> indicators) {
        String text = p.text();
        String s = sentence.of(text);
        Map<Quantities.Quantity, List<IndicatorDraft>> candidates = new LinkedHashMap<>();
        List<Quantities.Quantity> all = quantities.counts(s);
        // Amounts of money count only where their words name the indicator (销售额达到1620万元).
        java.util.function.Predicate<Quantities.Quantity> planned = q -> plansIn(clauseAround(s, q.start()));
        all = new ArrayList<>(all);
        all.removeIf(planned);
        for (Quantities.Quantity q : quantities.counts(s, true)) {
            if (planned.test(q)) {
                continue;
            }
            IndicatorDraft named = q.isPercent() ? null : namedAfter(s, q, indicators);
            if (named == null && !q.isPercent()) {
                // "适配辅助器具632件": the words just before the count name it.
                named = namedBefore(s, q, indicators);
                if (named != null) {
                    named.actual = p.source(q.value(), sentence.start() + nounStart(s, q.start()),
                            sentence.start() + q.end());
                    ambiguous.remove(named);
                    lastCounted = named;
                    continue;
                }
            }
            if (named != null) {
                // "2 个正式友好城市": the words after the count name what it counts.
                named.actual = p.source(q.value(), sentence.start() + q.start(), sentence.start() + nounEnd(s, q.end()));
                ambiguous.remove(named);
                lastCounted = named;
            }
        }
        for (Quantities.Quantity q : all) {
            if (q.isPercent()) {
                continue;
            }
            List<IndicatorDraft> fit = indicators.stream()
                    .filter(d -> d.actual == null && d.isQuantitative() && !d.isSatisfaction())
                    .filter(d -> patterns.sameUnit(d.unit, q.unit()))
                    .filter(d -> alignment.shared(d.keyName, s) > 0)
                    .toList();
            if (!fit.isEmpty()) {
                candidates.put(q, fit);
            }
        }
        for (Map.Entry<Quantities.Quantity, List<IndicatorDraft>> e : candidates.entrySet()) {
            List<IndicatorDraft> fit = e.getValue();
            long rivals = candidates.values().stream().filter(l -> !java.util.Collections.disjoint(l, fit)).count();
            Quantities.Quantity q = e.getKey();
            int start = sentence.start() + q.start();
            if (fit.size() == 1 && rivals == 1) {
                IndicatorDraft d = fit.get(0);
                Quantities.Quantity lastOfRun = runEnd(s, all, q);
                d.actual = p.source(q.value(), quoteStart(text, sentence.start(), runStart(s, all, q) + sentence.start()),
                        sentence.start() + lastOfRun.end());
                ambiguous.remove(d);
                lastCounted = d;
            } else {
                fit.forEach(d -> ambiguous.putIfAbsent(d, p.lineAt(start)));
            }
        }
    }

    /** The one indicator without an actual whose object the words after the count end with, or null. */
    private IndicatorDraft namedAfter(String s, Quantities.Quantity q, List<IndicatorDraft> indicators) {
        return namedBy(lists.canonical(s.substring(q.end(), nounEnd(s, q.end())).strip()), q, indicators);
    }

    /** The one indicator without an actual, of the count's unit, whose object {@code noun} ends with, or null. */
    private IndicatorDraft namedBy(String noun, Quantities.Quantity q, List<IndicatorDraft> indicators) {
        if (noun.length() < 2) {
            return null;
        }
        IndicatorDraft found = null;
        for (IndicatorDraft d : indicators) {
            if (d.actual == null && d.isQuantitative() && !d.isSatisfaction() && patterns.sameUnit(d.unit, q.unit())) {
                String object = lists.object(d);
                if (object.length() >= 2 && noun.endsWith(object)) {
                    if (found != null) {
                        return null;
                    }
                    found = d;
                }
            }
        }
        return found;
    }

    /** The one indicator without an actual whose object the words just before the count end with, or null. */
    private IndicatorDraft namedBefore(String s, Quantities.Quantity q, List<IndicatorDraft> indicators) {
        String noun = lists.canonical(s.substring(nounStart(s, q.start()), q.start()).strip());
        String verb = Words.firstEnding(noun, patterns.rates("verbs"));
        if (verb != null) {
            noun = noun.substring(0, noun.length() - verb.length()).strip();
        }
        return namedBy(noun, q, indicators);
    }

    /** Where the words before a count start: after a clause break, a list mark or the previous number. */
    private static int nounStart(String s, int to) {
        int i = to;
        while (i > 0 && to - i < 16) {
            char c = s.charAt(i - 1);
            if (TextForms.isClauseEnd(c) || c == '、' || Character.isDigit(c)) {
                break;
            }
            i--;
        }
        return i;
    }

    /** Where the noun after a count ends: at a clause break, a conjunction or the next number. */
    private static int nounEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 16) {
            char c = s.charAt(i);
            if (TextForms.isClauseEnd(c) || c == '、' || c == '和' || c == '及' || c == '与' || Character.isDigit(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The clause of the sentence {@code s} around offset {@code at}. */
    private static String clauseAround(String s, int at) {
        int from = at;
        while (from > 0 && !TextForms.isClauseEnd(s.charAt(from - 1))) {
            from--;
        }
        int to = at;
        while (to < s.length() && !TextForms.isClauseEnd(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }

    /** The counts written side by side with this one ("9 批 55 人") are quoted together. */
    private static Quantities.Quantity runEnd(String s, List<Quantities.Quantity> all, Quantities.Quantity q) {
        Quantities.Quantity last = q;
        for (Quantities.Quantity o : all) {
            if (o.start() >= last.end() && s.substring(last.end(), o.start()).isBlank()) {
                last = o;
            }
        }
        return last;
    }

    private static int runStart(String s, List<Quantities.Quantity> all, Quantities.Quantity q) {
        int start = q.start();
        for (int i = all.size() - 1; i >= 0; i--) {
            Quantities.Quantity o = all.get(i);
            if (o.end() <= start && s.substring(o.end(), start).isBlank()) {
                start = o.start();
            }
        }
        return start;
    }

    /** A short quote: from a few words (or the last clause break) before the number. */
    private static int quoteStart(String text, int sentenceStart, int at) {
        int i = at;
        while (i > sentenceStart && !TextForms.isClauseEnd(text.charAt(i - 1)) && text.charAt(i - 1) != '、'
                && at - i < 5) {
            i--;
        }
        return i;
    }

    /** The indicator whose name the text names: most of its pieces, and no other as many. */
    private IndicatorDraft byName(String text, List<IndicatorDraft> indicators) {
        IndicatorDraft best = null;
        double bestShare = 0;
        boolean tie = false;
        for (IndicatorDraft d : indicators) {
            double share = text.contains(d.name) ? 1.0 : alignment.share(d.name, text);
            if (share > bestShare) {
                best = d;
                bestShare = share;
                tie = false;
            } else if (share == bestShare && share > 0) {
                tie = true;
            }
        }
        return bestShare >= NAME_SHARE && !tie ? best : null;
    }

}
