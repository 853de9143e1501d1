package jixiao.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's money (项目资金) from the narrative: each amount is budget, arrived or spent by the word
 * nearest before it in its clause (批复/预算, 到位, 支出/执行); the stated 到位率 and 执行率; and the cause given
 * near the execution rate as its explanation. Amounts are in 万元.
 */
final class FundingReader {

    private final ExtractionPatterns patterns;
    private final Quantities quantities;

    FundingReader(ExtractionPatterns patterns, Quantities quantities) {
        this.patterns = patterns;
        this.quantities = quantities;
    }

    /** Fills the roles not yet known (a table read first wins) into {@code found}. */
    void read(List<Passage> passages, Map<String, Sourced> found) {
        List<Passage> ordered = new ArrayList<>(passages);
        ordered.removeIf(p -> p.section() == SectionKind.END || p.section() == SectionKind.TARGETS);
        ordered.sort(Comparator.comparingInt(p -> p.section() == SectionKind.FUNDING ? 0 : 1));
        for (Passage p : ordered) {
            jixiao.load.TimeLimit.check();
            String text = p.text();
            List<Spans.Span> sentences = Spans.sentences(text);
            for (int si = 0; si < sentences.size(); si++) {
                for (Spans.Span clause : Spans.clauses(text, sentences.get(si))) {
                    String c = clause.of(text);
                    for (Quantities.Quantity q : quantities.money(c)) {
                        String role = role(c.substring(0, q.start()));
                        if (role != null && !found.containsKey(role)) {
                            found.put(role, p.source(q.value(), clause.start(), clause.start() + q.end()));
                        }
                    }
                    selfScore(p, clause, c, found);
                    List<Quantities.Quantity> percents = quantities.percents(c);
                    rate(p, clause, c, percents, "arrival", "statedArrivalRate", found);
                    if (rate(p, clause, c, percents, "execution", "statedExecutionRate", found)) {
                        explanation(p, sentences, si, found);
                    }
                }
            }
        }
    }

    /** If only arrived and a stated arrival rate are given, the budget is arrived ÷ rate (noted in its source). */
    static void deriveBudget(Map<String, Sourced> found, List<ExtractionNote> notes) {
        Sourced initial = found.remove("initialBudget");
        if (!found.containsKey("budget") && initial != null) {
            found.put("budget", initial); // 年初预算 stands for the budget when the report gives no other
        }
        Sourced arrived = found.get("arrived");
        Sourced rate = found.get("statedArrivalRate");
        if (found.containsKey("budget") || arrived == null || rate == null || rate.number().signum() == 0) {
            return;
        }
        BigDecimal budget = arrived.number().multiply(BigDecimal.valueOf(100))
                .divide(rate.number(), MathContext.DECIMAL64).setScale(2, java.math.RoundingMode.HALF_UP);
        String quote = arrived.line() == rate.line() ? arrived.quote() + "，" + rate.quote() : arrived.quote();
        found.put("budget", new Sourced(budget, arrived.line(), quote,
                "the text gives no budget figure; it is arrived ÷ the stated " + rate.number().toPlainString()
                        + "% arrival rate"));
        notes.add(new ExtractionNote("/funding/budget",
                "报告未直接给出预算数，已按实际到位资金÷到位率推算为" + budget.stripTrailingZeros().toPlainString()
                        + "万元；请对照自评表“全年预算数”核对。", arrived.line(), true));
    }

    private String role(String before) {
        String best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> e : patterns.moneyRoles().entrySet()) {
            for (String w : e.getValue()) {
                int at = before.lastIndexOf(w);
                if (at < 0) {
                    continue;
                }
                int end = at + w.length();
                if (end > bestEnd || end == bestEnd && w.length() > bestLength) {
                    best = e.getKey();
                    bestEnd = end;
                    bestLength = w.length();
                }
            }
        }
        return best;
    }

    /** {@code c} is the clause's text, and {@code percents} the percentages in it. */
    private boolean rate(Passage p, Spans.Span clause, String c, List<Quantities.Quantity> percents, String rateKey,
                         String field, Map<String, Sourced> found) {
        if (found.containsKey(field)) {
            return false; // the first stated rate stands
        }
        for (Quantities.Quantity q : percents) {
            String before = c.substring(0, q.start()).strip();
            for (String v : patterns.rates("verbs")) {
                if (before.endsWith(v)) {
                    before = before.substring(0, before.length() - v.length()).strip();
                    break;
                }
            }
            String b = before;
            if (Words.anyEnding(b, patterns.rates(rateKey))) {
                int from = clause.start() + lastWordStart(b, patterns.rates(rateKey));
                found.put(field, p.source(q.value(), from, clause.start() + q.end()));
                return true;
            }
        }
        return false;
    }

    /** "预算执行率得分9.2分": the score the report gives itself for budget execution. */
    private void selfScore(Passage p, Spans.Span clause, String c, Map<String, Sourced> found) {
        if (found.containsKey("selfScore") || c.indexOf("得分") < 0) {
            return;
        }
        for (String w : patterns.rates("execution")) {
            int at = c.indexOf(w + "得分");
            if (at < 0) {
                continue;
            }
            int from = at + w.length() + 2;
            String rest = c.substring(from);
            String verb = Words.firstStarting(rest, patterns.rates("verbs"));
            int skip = verb == null ? 0 : verb.length();
            Quantities.Quantity q = quantities.leading(rest.substring(skip).stripLeading());
            if (q != null && q.start() == 0 && (q.unit() == null || q.unit().equals("分"))) {
                int lead = rest.length() - skip - rest.substring(skip).stripLeading().length();
                found.put("selfScore", p.source(q.value(), clause.start() + at, clause.start() + from + skip + lead + q.end()));
            }
            return;
        }
    }

    private static int lastWordStart(String before, List<String> words) {
        for (String w : words) {
            if (before.endsWith(w)) {
                return before.length() - w.length();
            }
        }
        return 0;
    }

    /** The first sentence from the rate's on that gives a cause (主要原因是…, 由于…). */
    private void explanation(Passage p, List<Spans.Span> sentences, int from, Map<String, Sourced> found) {
        if (found.containsKey("explanation")) {
            return;
        }
        String text = p.text();
        for (int i = from; i < sentences.size() && i <= from + 2; i++) {
            Spans.Span s = sentences.get(i);
            for (Spans.Span c : Spans.clauses(text, s)) {
                String clause = c.of(text);
                boolean cause = Words.anyStarting(clause, patterns.causeStarts())
                        || Words.anyIn(clause, patterns.causeWords());
                if (cause) {
                    int start = i == from ? c.start() : s.start();
                    Sourced src = p.source(null, start, s.end());
                    found.put("explanation", src.withValue(src.quote()));
                    return;
                }
            }
        }
    }

    /** The facts' funding keys in the schema's order. */
    static Map<String, Sourced> empty() {
        return new LinkedHashMap<>();
    }
}
