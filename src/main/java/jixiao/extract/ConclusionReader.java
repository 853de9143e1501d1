package jixiao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the stated total and grade of the 评价结论 ("自评得分 95 分，等级为优"). */
final class ConclusionReader {

    private final ExtractionPatterns patterns;
    private final Pattern total;
    private final Pattern grade;
    private final Pattern namedTotal;

    ConclusionReader(ExtractionPatterns patterns) {
        this.patterns = patterns;
        String verbs = "(?:" + Quantities.alternatives(patterns.rates("verbs")) + "|:)?";
        String num = "(\\d+(?:\\.\\d+)?)\\s*分";
        this.total = Pattern.compile("(?:" + Quantities.alternatives(patterns.totalWords()) + ")\\s*" + verbs + "\\s*" + num);
        List<String> named = new ArrayList<>(patterns.totalWords());
        named.removeIf(w -> w.equals("得分"));
        this.namedTotal = Pattern.compile("(?:" + Quantities.alternatives(named) + ")\\s*" + verbs + "\\s*" + num);
        this.grade = Pattern.compile("(?:" + Quantities.alternatives(patterns.gradeWords()) + ")\\s*" + verbs
                + "\\s*[“\"「‘']?(" + Quantities.alternatives(patterns.grades()) + ")");
    }

    /** Words before a bare 得分 that make it a part's score, not the total. */
    private static final List<String> PARTS = List.of("执行", "指标", "产出", "效益", "满意度", "成本", "质量", "时效", "数量");

    /** The first bare 得分 that is no part's (预算执行得分, 绩效指标得分 are parts). */
    private static boolean findWhole(Matcher t, String text) {
        while (t.find()) {
            String before = text.substring(Math.max(0, t.start() - 6), t.start());
            if (PARTS.stream().noneMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /** statedTotal and statedGrade, each with its source, into {@code found}. */
    void read(List<Passage> passages, Map<String, Sourced> found) {
        List<Passage> ordered = new ArrayList<>(passages);
        ordered.removeIf(p -> p.section() == SectionKind.END);
        ordered.sort(Comparator.comparingInt(p -> p.section() == SectionKind.CONCLUSION ? 0 : 1));
        for (Passage p : ordered) {
            jixiao.load.TimeLimit.check();
            boolean conclusion = p.section() == SectionKind.CONCLUSION;
            String text = p.text();
            if (!found.containsKey("statedTotal")) {
                // "预算执行得分9.2分，绩效指标得分86.2分，自评总分95.4分": a named total wins over a part's 得分.
                Matcher t = namedTotal.matcher(text);
                boolean named = t.find();
                if (!named && conclusion) {
                    t = total.matcher(text);
                    named = findWhole(t, text);
                }
                if (named) {
                    found.put("statedTotal", p.source(new java.math.BigDecimal(t.group(1)), t.start(), t.end()));
                }
            }
            Matcher g = grade.matcher(text);
            if (!found.containsKey("statedGrade") && g.find()) {
                found.put("statedGrade", p.source(g.group(1), g.start(), g.end()));
            }
        }
    }
}
