package jixiao.extract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One indicator (绩效指标) being read: filled from its target clause or table row, then from the results. */
final class IndicatorDraft {

    /** A note kept until the indicator's place in the list, and so its pointer, is known. */
    record Pending(String field, String what, Integer line, boolean lowConfidence) {
    }

    String level1;
    String level2;
    String name;
    /** The name without the unit added to tell two indicators of one clause apart (接待外宾 for 接待外宾人次). */
    String keyName;
    String subject;
    String kind;
    String unit;
    Sourced target;
    Sourced actual;
    Sourced weight;
    Sourced selfScore;
    Sourced deviationReason;
    Sourced statedRate;
    /** Read from the self-evaluation table: the narrative does not override it. */
    boolean fromTable;
    final List<Pending> pending = new ArrayList<>();

    /** A new indicator of this name, its 一级 and 二级 from the words of the name. */
    static IndicatorDraft named(String name, Categories categories) {
        IndicatorDraft d = new IndicatorDraft();
        ExtractionPatterns.CategoryWords cat = categories.of(name);
        d.level1 = cat.level1();
        d.level2 = cat.level2();
        d.name = name;
        d.keyName = name;
        return d;
    }

    boolean isSatisfaction() {
        return "满意度指标".equals(level1);
    }

    boolean isQuantitative() {
        return !"qualitative".equals(kind);
    }

    void note(String field, String what, Integer line, boolean lowConfidence) {
        pending.add(new Pending(field, what, line, lowConfidence));
    }

    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("level1", level1);
        if (level2 != null) {
            n.put("level2", level2);
        }
        n.put("name", name);
        if (subject != null) {
            n.put("subject", subject);
        }
        n.put("kind", kind);
        if (unit != null) {
            n.put("unit", unit);
        }
        put(n, "target", target);
        put(n, "actual", actual);
        put(n, "weight", weight);
        put(n, "selfScore", selfScore);
        put(n, "deviationReason", deviationReason);
        put(n, "statedRate", statedRate);
        return n;
    }

    private static void put(ObjectNode n, String field, Sourced s) {
        if (s != null) {
            n.set(field, s.toJson());
        }
    }
}
