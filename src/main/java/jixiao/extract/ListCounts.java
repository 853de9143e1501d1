package jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actuals a report gives as a list rather than a number: the activities listed after "开展友城交流活动：包括…",
 * "分别向A、B，以及C捐赠" (three), "A、B分别结为友好景区和友好合作城市" (one each). Each is counted, and the
 * indicator's value is marked for a person to check, with the items counted. An indicator is known in the text by
 * its object ("友好城市" of 新建友城数量), with the synonyms of {@code extraction.yaml} taken as one word.
 */
final class ListCounts {

    /** "分别向 甲、乙，以及丙 捐赠": the list between 分别向/与/对/为/给 and the verb. */
    private static final Pattern TOWARDS = Pattern.compile("分别(?:向|与|对|为|给)(.{2,80}?)(?:捐赠|赠送|捐助|援助|提供|开展|举办|签订|签署|寄赠)");
    /** "甲、乙 分别结为 X 和 Y": the subjects before 分别 and the objects after its verb. */
    private static final Pattern PAIRS = Pattern.compile("([^,，;；:。]{2,80}?)分别(?:结为|成为|建立|确定为|缔结为|签约为)([^,，;；。]{2,40})");
    /** Items of a list: apart by 、 ；, and the last joined by 以及/和/及/与. */
    private static final Pattern ITEM_BREAK = Pattern.compile("、|；|;|，以及|,以及|以及|，|,");
    private static final Pattern PAIR_BREAK = Pattern.compile("、|和|及|与|以及");

    private final ExtractionPatterns patterns;

    ListCounts(ExtractionPatterns patterns) {
        this.patterns = patterns;
    }

    /** The text with every synonym written as the first word of its group (友城 → 友好城市). */
    String canonical(String text) {
        String s = text;
        for (List<String> group : patterns.synonyms()) {
            String first = group.get(0);
            for (String w : group.subList(1, group.size())) {
                if (s.contains(w)) {
                    // Protect the first form from being rewritten again by a shorter synonym inside it.
                    s = s.replace(first, "\u0001").replace(w, "\u0001").replace("\u0001", first);
                }
            }
        }
        return s;
    }

    /** What an indicator counts, as the text names it: its name without plan and generic verbs or 数量. */
    String object(IndicatorDraft d) {
        String s = canonical(d.keyName == null ? d.name : d.keyName);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : patterns.genericWords()) {
                if (s.startsWith(w) && s.length() > w.length() + 1) {
                    s = s.substring(w.length());
                    changed = true;
                }
            }
        }
        for (String tail : List.of("数量", "次数", "个数", "场次", "数")) {
            if (s.endsWith(tail) && s.length() > tail.length() + 1) {
                s = s.substring(0, s.length() - tail.length());
                break;
            }
        }
        return s;
    }

    /** Counts lists in one passage for the indicators still without an actual. */
    void read(Passage p, List<IndicatorDraft> indicators) {
        String text = p.text();
        for (IndicatorDraft d : indicators) {
            if (d.actual != null || !d.isQuantitative() || d.isSatisfaction() || "%".equals(d.unit)) {
                continue;
            }
            String object = object(d);
            if (object.length() < 2) {
                continue;
            }
            boolean done = false;
            for (String form : variants(object)) {
                done = done || colonList(p, text, form, d);
            }
            if (!done) {
                done = headedList(p, text, d, indicators);
            }
            if (!done) {
                towards(p, text, object, d);
            }
        }
        pairs(p, text, indicators);
    }

    /** The object as the text may write it: each synonym of a word in it put in its place (友好城市 → 友城). */
    List<String> variants(String object) {
        List<String> out = new ArrayList<>(List.of(object));
        for (List<String> group : patterns.synonyms()) {
            if (object.contains(group.get(0))) {
                for (String w : group.subList(1, group.size())) {
                    out.add(object.replace(group.get(0), w));
                }
            }
        }
        return out;
    }

    /** "开展友城交流活动：包括A、B；C" — the items up to the sentence's end. */
    private boolean colonList(Passage p, String text, String object, IndicatorDraft d) {
        int at = text.indexOf(object);
        while (at >= 0) {
            int after = at + object.length();
            String rest = text.substring(after);
            String lead = rest.startsWith(":包括") ? ":包括" : rest.startsWith(":") ? ":" : rest.startsWith("包括")
                    ? "包括" : rest.startsWith(",包括") ? ",包括" : null;
            if (lead != null) {
                int start = after + lead.length();
                int end = text.indexOf('。', start);
                end = end < 0 ? text.length() : end;
                List<String> items = items(text.substring(start, end), ITEM_BREAK);
                if (items.size() >= 2) {
                    set(p, d, items, at, end);
                    return true;
                }
            }
            at = text.indexOf(object, at + 1);
        }
        return false;
    }

    /**
     * "开展了多项培训：包括A、B、C和D": a list whose lead-in names the indicator's head word (培训 of 开展电商培训活动),
     * when no other indicator without an actual has that head word.
     */
    private boolean headedList(Passage p, String text, IndicatorDraft d, List<IndicatorDraft> indicators) {
        String head = headWord(object(d));
        if (head == null) {
            return false;
        }
        for (IndicatorDraft o : indicators) {
            if (o != d && o.actual == null && head.equals(headWord(object(o)))) {
                return false;
            }
        }
        int at = text.indexOf(":包括");
        int lead = 3;
        if (at < 0) {
            at = text.indexOf("包括");
            lead = 2;
        }
        while (at >= 0) {
            int sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
            String before = canonical(text.substring(sentenceStart, at));
            if (before.contains(head)) {
                int start = at + lead;
                int end = clauseEnd(text, start);
                List<String> items = lastSplit(items(text.substring(start, end), ITEM_BREAK));
                if (items.size() >= 2) {
                    set(p, d, items, sentenceStart, end);
                    return true;
                }
            }
            at = text.indexOf("包括", at + 2);
        }
        return false;
    }

    /** The end of a list: the sentence's end, or a comma before a new clause that is no item (累计参训560人次). */
    private static int clauseEnd(String text, int from) {
        int end = text.indexOf('。', from);
        end = end < 0 ? text.length() : end;
        int comma = text.indexOf(',', from);
        return comma >= 0 && comma < end && text.indexOf('、', from) >= 0 && text.indexOf('、', from) < comma
                && text.indexOf('、', comma) < 0 | text.indexOf('、', comma) > end ? comma : end;
    }

    /** "…C和D" as the last item of a list is two items. */
    private static List<String> lastSplit(List<String> items) {
        if (items.size() < 2) {
            return items;
        }
        String last = items.get(items.size() - 1);
        for (String and : List.of("和", "及", "与")) {
            int k = last.indexOf(and);
            if (k >= 2 && last.length() - k - and.length() >= 2) {
                List<String> out = new ArrayList<>(items.subList(0, items.size() - 1));
                out.add(last.substring(0, k));
                out.add(last.substring(k + and.length()));
                return out;
            }
        }
        return items;
    }

    /** The noun an indicator counts, in two characters: 培训 of 电子商务培训活动, 乡镇 of 帮扶乡镇. */
    String headWord(String object) {
        String s = object;
        for (String tail : List.of("活动", "工作", "项目", "数量", "次数")) {
            if (s.endsWith(tail) && s.length() > tail.length() + 1) {
                s = s.substring(0, s.length() - tail.length());
                break;
            }
        }
        return s.length() < 2 ? null : s.substring(s.length() - 2);
    }

    /** "分别向A、B，以及C捐赠…": counted when the sentence speaks of the indicator's object or its synonym. */
    private void towards(Passage p, String text, String object, IndicatorDraft d) {
        Matcher m = TOWARDS.matcher(text);
        while (m.find()) {
            int end = text.indexOf('。', m.end());
            end = end < 0 ? text.length() : end;
            String sentence = canonical(text.substring(m.start(), end));
            String head = headWord(object);
            if (!sentence.contains(object) && !mentionsSynonym(sentence, object)
                    && (head == null || !sentence.contains(head))) {
                continue;
            }
            List<String> items = items(m.group(1), ITEM_BREAK);
            if (items.size() >= 2) {
                set(p, d, items, m.start(), end);
                return;
            }
        }
    }

    /** Whether the sentence holds a word of the group the object belongs to (抗疫合作 ~ 医疗物资). */
    private boolean mentionsSynonym(String sentence, String object) {
        for (List<String> group : patterns.synonyms()) {
            if (object.contains(group.get(0))) {
                for (String w : group) {
                    if (sentence.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "A、B分别结为X和Y": as many subjects as objects, one each. */
    private void pairs(Passage p, String text, List<IndicatorDraft> indicators) {
        if (!text.contains("分别")) {
            return; // most passages: the pattern would try 80 characters before each character to learn no more
        }
        Matcher m = PAIRS.matcher(text);
        while (m.find()) {
            List<String> subjects = items(m.group(1).replaceFirst("^与", ""), ITEM_BREAK);
            List<String> objects = items(m.group(2), PAIR_BREAK);
            if (subjects.size() < 2 || subjects.size() != objects.size()) {
                continue;
            }
            for (int i = 0; i < objects.size(); i++) {
                String o = objects.get(i);
                for (IndicatorDraft d : indicators) {
                    if (d.actual == null && d.isQuantitative() && !d.isSatisfaction()
                            && object(d).equals(canonical(o))) {
                        set(p, d, List.of(subjects.get(i)), m.start(), m.end());
                    }
                }
            }
        }
    }

    private static List<String> items(String list, Pattern breaks) {
        List<String> out = new ArrayList<>();
        for (String s : breaks.split(list)) {
            String t = s.strip();
            if (t.length() >= 2) {
                out.add(t);
            }
        }
        return out;
    }

    private void set(Passage p, IndicatorDraft d, List<String> items, int start, int end) {
        d.actual = p.source(BigDecimal.valueOf(items.size()), start, end)
                .withNote("counted: " + String.join("、", items));
        d.note("actual", p.where(start) + "的“" + d.name + "”实际完成值按列举的" + items.size() + "项计数（"
                + String.join("、", items) + "）；请核对。", d.actual.line(), true);
    }
}
