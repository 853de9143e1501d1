package jixiao.derived;

import java.util.List;
import java.util.Map;
import jixiao.model.Indicator;
import jixiao.model.Policy;
import jixiao.model.Traceable;

/** An indicator whose 二级 belongs under another 一级 (社会效益指标 filed under 产出指标), by policy {@code review.level2}. */
public record Misfiled(Indicator indicator, String owner) implements ReadFrom {

    public static Misfiled of(Indicator i, Policy policy) {
        String level2 = bare(i.level2());
        if (level2.isEmpty() || listedUnder(i.category().label(), level2, policy)) {
            return null; // the common case: filed where it belongs
        }
        String own = i.category().label();
        for (Map.Entry<String, List<String>> e : policy.lists("review.level2").entrySet()) {
            for (String name : e.getValue()) {
                if (bare(name).equals(level2)) {
                    // A name listed under its own 一级 too (满意度指标) is never misfiled.
                    return e.getKey().equals(own) || listedUnder(own, level2, policy) ? null
                            : new Misfiled(i, e.getKey());
                }
            }
        }
        return null;
    }

    private static boolean listedUnder(String level1, String level2, Policy policy) {
        return policy.lists("review.level2").getOrDefault(level1, List.of()).stream()
                .anyMatch(n -> bare(n).equals(level2));
    }

    private static String bare(String name) {
        String s = name == null ? "" : name.strip();
        return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public Traceable source() {
        return indicator;
    }
}
