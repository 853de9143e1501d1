package jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the indicators from the target clauses of the 绩效目标 part: "新建友城数量不少于 1 个" gives one
 * indicator (≥ 1 个), "接待外宾 9 批次 60 人次" two, "外宾和上级满意度不低于 95%" one per surveyed group.
 */
final class TargetReader {

    private final ExtractionPatterns patterns;
    private final Quantities quantities;
    private final Categories categories;
    private final List<ExtractionNote> notes;

    TargetReader(ExtractionPatterns patterns, Quantities quantities, List<ExtractionNote> notes) {
        this.patterns = patterns;
        this.quantities = quantities;
        this.categories = new Categories(patterns);
        this.notes = notes;
    }

    List<IndicatorDraft> read(List<Passage> passages) {
        List<IndicatorDraft> out = new ArrayList<>();
        for (Passage p : passages) {
            jixiao.load.TimeLimit.check();
            if (p.section() != SectionKind.TARGETS) {
                continue;
            }
            String text = p.text();
            for (Spans.Span sentence : Spans.sentences(text)) {
                List<Spans.Span> clauses = Spans.clauses(text, sentence);
                for (int i = 0; i < clauses.size(); i++) {
                    Spans.Span clause = clauses.get(i);
                    Spans.Span next = i + 1 < clauses.size() ? clauses.get(i + 1) : null;
                    if (next != null && isLabel(text, clause, next)) {
                        // "培训人数：不少于500人": the name before the colon, the target after it.
                        out.addAll(labelled(p, clause, next));
                        i++;
                        continue;
                    }
                    out.addAll(clause(p, clause));
                }
            }
        }
        return out;
    }

    /** A clause of a name alone, then a colon, then a clause that opens with its value. */
    private boolean isLabel(String text, Spans.Span clause, Spans.Span next) {
        String name = clause.of(text).replaceFirst("^\\s*(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))\\s*", "");
        int colon = clause.end();
        return colon < text.length() && text.charAt(colon) == ':' && !name.isBlank() && name.length() <= 30
                && name.chars().noneMatch(c -> c >= '0' && c <= '9' || c == '%') && hanCount(name) >= 2
                // "年度绩效目标为：…" leads into the targets; it names none of them.
                && !Words.anyIn(name, patterns.planMarkers()) && Words.firstEnding(name.strip(), patterns.rates("verbs")) == null
                && !quantities.counts(next.of(text), true).isEmpty();
    }

    private List<IndicatorDraft> labelled(Passage p, Spans.Span label, Spans.Span value) {
        String text = p.text();
        String name = label.of(text).replaceFirst("^\\s*(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))\\s*", "").strip();
        List<IndicatorDraft> drafts = clause(p, value, name);
        return drafts;
    }

    private List<IndicatorDraft> clause(Passage p, Spans.Span span) {
        return clause(p, span, null);
    }

    /** {@code label}: the indicator's name given before a colon, or null when the clause names it itself. */
    private List<IndicatorDraft> clause(Passage p, Spans.Span span, String label) {
        String c = span.of(p.text());
        List<Quantities.Quantity> qs = quantities.counts(c, true);
        if (qs.isEmpty()) {
            return List.of();
        }
        Quantities.Quantity first = qs.get(0);
        Quantities.Quantity last = qs.get(qs.size() - 1);
        String kind = null;
        String head = stripEnd(c.substring(0, first.start()).strip(), patterns.rates("verbs"));
        String tail = c.substring(last.end()).strip();
        for (String k : patterns.kinds()) {
            for (String[] wrap : patterns.wraps(k)) {
                if (kind == null && head.endsWith(wrap[0]) && tail.startsWith(wrap[1])) {
                    kind = k;
                    head = head.substring(0, head.length() - wrap[0].length());
                    tail = tail.substring(wrap[1].length()).strip();
                }
            }
        }
        for (String k : patterns.kinds()) {
            String w = Words.firstEnding(head, patterns.prefixes(k));
            if (kind == null && w != null) {
                kind = k;
                head = head.substring(0, head.length() - w.length());
            }
        }
        for (String k : patterns.kinds()) {
            String w = Words.firstStarting(tail, patterns.suffixes(k));
            if (w != null && (kind == null || kind.equals(k))) {
                kind = k;
                tail = tail.substring(w.length()).strip();
            }
        }
        String name = (label != null ? label
                : stripEnd(stripPlanWords(head.strip()), patterns.rates("verbs")).strip())
                .replaceFirst("^\\s*(?:\\d{1,2}[.、．]|[(（]\\d{1,2}[)）])\\s*", ""); // "2. 早诊率": the list's number is no part of it
        if (label != null) {
            // After the label, words around the value are the target's, not the name's: "…30个工作日内" is a cap.
            if (kind == null && (tail.endsWith("内") || Words.anyEnding(tail, patterns.suffixes("<=")))) {
                kind = "<=";
            }
            tail = "";
        }
        boolean adjacent = true;
        for (int i = 1; i < qs.size(); i++) {
            String between = c.substring(qs.get(i - 1).end(), qs.get(i).start()).strip();
            adjacent &= between.isEmpty() || patterns.subjectJoiners().contains(between);
        }
        if (hanCount(name) < 2 || !tail.isEmpty() || !adjacent) {
            notes.add(new ExtractionNote("/indicators",
                    p.where(span.start()) + "的目标句“" + p.source(null, span.start(), span.end()).quote()
                            + "”未能拆成指标名称、指标值和单位，请人工核对是否应设为绩效指标。",
                    p.lineAt(span.start()), true));
            return List.of();
        }
        if (kind == null) {
            kind = patterns.defaultKind();
        }
        String satWord = categories.satisfactionWord(name);
        if (name.contains("指标") || satWord != null && !"%".equals(first.unit())) {
            // "共设置绩效指标7项", "涵盖产出、效益和满意度三类": the indicators described, not an indicator.
            return List.of();
        }
        Sourced source = p.source(null, span.start(), span.end());
        List<IndicatorDraft> out = new ArrayList<>();
        if (satWord != null) {
            String groups = name.substring(0, name.indexOf(satWord));
            List<String> subjects = groups.isEmpty() ? List.of("") : split(groups);
            for (String subject : subjects) {
                IndicatorDraft d = draft(subject + satWord, kind, first, source);
                d.subject = subject.isEmpty() ? null : subject;
                out.add(d);
            }
            return out;
        }
        for (Quantities.Quantity q : qs) {
            String full = qs.size() > 1 && !name.endsWith(q.unit()) ? name + q.unit() : name;
            IndicatorDraft d = draft(full, kind, q, source);
            d.keyName = name;
            out.add(d);
        }
        return out;
    }

    private IndicatorDraft draft(String name, String kind, Quantities.Quantity q, Sourced source) {
        IndicatorDraft d = IndicatorDraft.named(name, categories);
        d.kind = kind;
        d.unit = q.unit();
        d.target = source.withValue(q.value());
        return d;
    }

    private List<String> split(String groups) {
        String joined = groups;
        for (String j : patterns.subjectJoiners()) {
            joined = joined.replace(j, "\u0000");
        }
        List<String> out = new ArrayList<>();
        for (String s : joined.split("\u0000")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private String stripPlanWords(String s) {
        String out = s;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : patterns.planWords()) {
                if (out.startsWith(w) && out.length() > w.length()) {
                    out = out.substring(w.length()).strip();
                    changed = true;
                }
            }
        }
        return out;
    }

    private static String stripEnd(String s, List<String> words) {
        String w = Words.firstEnding(s, words);
        return w == null ? s : s.substring(0, s.length() - w.length()).strip();
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static int hanCount(String s) {
        return (int) HAN.matcher(s).results().count();
    }
}
