package jixiao.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.NarrativeItem;
import jixiao.model.Policy;
import jixiao.model.Statement;
import jixiao.model.Traceable;

/**
 * Words of the template left where the report should have answered: a prompt ("（200字以内）", "请填写…") in any
 * text, or an indicator row the template numbers ("指标1"). The patterns are policy's {@code review.form}.
 */
public record LeftPrompt(Traceable where, String place, String text, String prompt) implements ReadFrom {

    public static List<LeftPrompt> in(Statement s, Policy policy) {
        if (policy.patterns("review.form.placeholders").found(s.text().strip())) {
            return List.of(new LeftPrompt(s, s.part().label(), s.text(), s.text().strip()));
        }
        return found(s, s.part().label(), s.text(), policy);
    }

    public static List<LeftPrompt> in(NarrativeItem item, Policy policy) {
        return found(item, item.label(), item.text(), policy);
    }

    public static List<LeftPrompt> in(Indicator i, Policy policy) {
        List<LeftPrompt> out = new ArrayList<>();
        if (policy.patterns("review.form.placeholders").found(i.name().strip())) {
            out.add(new LeftPrompt(i, "三级指标", i.name(), i.name().strip()));
            return out;
        }
        out.addAll(found(i, i.name(), i.name(), policy));
        for (Measure m : List.of(i.target(), i.actual())) {
            out.addAll(found(i, i.name(), m.text(), policy));
        }
        out.addAll(found(i, i.name(), i.deviationReason(), policy));
        return out;
    }

    private static List<LeftPrompt> found(Traceable where, String place, String text, Policy policy) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        MatchResult m = policy.patterns("review.form.prompts").first(text, match -> !isLabel(text, match, policy));
        return m == null ? List.of() : List.of(new LeftPrompt(where, place, text, shown(text, m)));
    }

    /** The prompt as a reviewer finds it: from its match to the end of its sentence ("请简要说明…措施。"), at most 40 characters. */
    private static String shown(String text, MatchResult m) {
        int end = m.end();
        while (end < text.length() && end - m.start() < 40 && "。；;！!？?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(m.start(), end);
    }

    /**
     * "评价结论（200字以内）": a word limit right after a box's name is its printed label, whatever the box holds. Only
     * the prompts of {@code review.form.labelPrompts} are ever part of a label ("改进措施：请简要说明…" is a prompt).
     */
    private static boolean isLabel(String text, MatchResult m, Policy policy) {
        String before = text.substring(0, m.start()).replaceAll("[\\s:：]+$", "");
        return policy.list("review.form.labels").stream().anyMatch(before::endsWith)
                && policy.patterns("review.form.labelPrompts").matchesWhole(m.group());
    }

    /** Where the prompt stands in the report: the prose first, then the indicators, problems and suggestions. */
    public int order() {
        if (where instanceof Statement s) {
            return s.index();
        }
        if (where instanceof Indicator i) {
            return 100_000 + i.index();
        }
        NarrativeItem n = (NarrativeItem) where;
        return (n.section() == NarrativeItem.Section.PROBLEM ? 200_000 : 300_000) + n.index();
    }

    @Override
    public Traceable source() {
        return where;
    }
}
