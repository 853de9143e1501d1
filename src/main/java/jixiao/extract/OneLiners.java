package jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators stated in one line wherever they stand: "选派科技特派员人数：年度指标值40人，实际完成42人",
 * "服务农户满意度：目标值≥90%，实际完成96%". The name before the colon, the target with its comparator, the actual;
 * a cause opening the next sentence (受…影响) explains a target missed.
 */
final class OneLiners {

    private final ExtractionPatterns patterns;
    private final Quantities quantities;
    private final Categories categories;
    private final Pattern line;

    OneLiners(ExtractionPatterns patterns, Quantities quantities) {
        this.patterns = patterns;
        this.quantities = quantities;
        this.categories = new Categories(patterns);
        this.line = Pattern.compile("([^:,;。]{2,30}?):\\s*(?:" + alternatives(patterns.oneLiner("target"))
                + ")\\s*(?:为|是)?\\s*([^,;。]{1,30}?)\\s*[,;]\\s*(?:" + alternatives(patterns.oneLiner("actual"))
                + ")\\s*(?:为|是|达到|达)?\\s*([^,;。]{1,30}?)\\s*(?=[,;。]|$)");
    }

    private static String alternatives(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder b = new StringBuilder();
        for (String w : sorted) {
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return b.toString();
    }

    /** The indicators of every one-liner in the passages, in reading order. */
    List<IndicatorDraft> read(List<Passage> passages) {
        List<IndicatorDraft> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            jixiao.load.TimeLimit.check();
            Passage p = passages.get(i);
            // Every one-liner has its colon (full-width ones are made half-width first): most passages have none.
            if (p.section() == SectionKind.END || p.text().indexOf(':') < 0) {
                continue;
            }
            Matcher m = line.matcher(p.text());
            while (m.find()) {
                IndicatorDraft d = draft(p, m);
                if (d != null) {
                    out.add(d);
                    Passage next = i + 1 < passages.size() ? passages.get(i + 1) : null;
                    reason(p, m.end(), next, d);
                }
            }
        }
        return out;
    }

    private IndicatorDraft draft(Passage p, Matcher m) {
        String name = m.group(1).strip();
        if (TargetReader.hanCount(name) < 2) {
            return null;
        }
        String targetText = m.group(2).strip();
        String kind = null;
        String t = targetText;
        for (String k : patterns.kinds()) {
            String w = Words.firstStarting(t, patterns.prefixes(k));
            if (kind == null && w != null) {
                kind = k;
                t = t.substring(w.length()).strip();
            }
        }
        Quantities.Quantity target = quantities.leading(t);
        Quantities.Quantity actual = quantities.leading(m.group(3).strip());
        if (target == null || actual == null || target.start() != 0 || actual.start() != 0) {
            return null;
        }
        String rest = t.substring(target.end()).strip();
        for (String k : patterns.kinds()) {
            String w = Words.firstStarting(rest, patterns.suffixes(k));
            if (kind == null && w != null) {
                kind = k;
            }
        }
        IndicatorDraft d = IndicatorDraft.named(name, categories);
        d.kind = kind == null ? patterns.defaultKind() : kind;
        d.unit = target.unit() != null ? target.unit() : actual.unit();
        d.target = p.source(target.value(), m.start(2), m.end(2));
        d.actual = p.source(actual.value(), m.start(3), m.end(3));
        if (d.isSatisfaction()) {
            String word = categories.satisfactionWord(name);
            String subject = word == null ? "" : name.substring(0, name.indexOf(word));
            d.subject = subject.isBlank() ? null : subject;
        }
        return d;
    }

    /** A cause opening the text after the one-liner, or the next passage's (受春季低温天气影响，…). */
    private void reason(Passage p, int end, Passage next, IndicatorDraft d) {
        Sourced cause = p.causeFrom(end, patterns.causeStarts());
        if (cause == null && p.endsAt(end) && next != null) {
            cause = next.causeFrom(0, patterns.causeStarts());
        }
        if (cause != null) {
            d.deviationReason = cause;
        }
    }
}
