package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the generator needs to know of the facts it is writing, read the way the shipped rules read them: the budget
 * rates are measured against, whether an indicator met its target, the shortfalls a truthful conclusion must name,
 * and the score the national method gives. Kept in step with derive.drl and {@code ScoringMethod}: a clean report is
 * clean only if these agree with the rules.
 */
final class Facts {

    /** Satisfaction below this is a shortfall even when the target is met (policy.yaml satisfaction.minimum). */
    static final double SATISFACTION_MINIMUM = 95;
    /** An execution rate below this is a shortfall (policy.yaml execution.minimum). */
    static final double EXECUTION_MINIMUM = 90;
    /** The units of money (policy.yaml review.money.units). */
    static final Set<String> MONEY_UNITS = Set.of("元", "千元", "万元", "亿元");

    static final String SATISFACTION = "满意度指标";
    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";

    private Facts() {
    }

    static ObjectNode funding(ObjectNode root) {
        return (ObjectNode) root.path("funding");
    }

    static List<ObjectNode> indicators(ObjectNode root) {
        List<ObjectNode> out = new ArrayList<>();
        root.path("indicators").forEach(n -> out.add((ObjectNode) n));
        return out;
    }

    /** 调整后预算数 when given, else 全年预算数, in 万元. */
    static double effectiveBudget(JsonNode funding) {
        return funding.path("adjustedBudget").isNumber() ? funding.path("adjustedBudget").asDouble()
                : funding.path("budget").asDouble();
    }

    /** 执行率 in percent, or null without a spent amount. */
    static Double executionRate(JsonNode funding) {
        return funding.path("spent").isNumber() ? 100 * funding.path("spent").asDouble() / effectiveBudget(funding)
                : null;
    }

    static Double arrivalRate(JsonNode funding) {
        return funding.path("arrived").isNumber()
                ? 100 * funding.path("arrived").asDouble() / effectiveBudget(funding) : null;
    }

    static boolean quantitative(JsonNode n) {
        return !n.path("kind").asText().equals("qualitative");
    }

    static boolean satisfaction(JsonNode n) {
        return n.path("level1").asText().equals(SATISFACTION);
    }

    static boolean numericActual(JsonNode n) {
        return n.path("actual").isNumber();
    }

    static boolean money(JsonNode n) {
        return MONEY_UNITS.contains(n.path("unit").asText(""));
    }

    static boolean percent(JsonNode n) {
        return n.path("unit").asText("").equals("%");
    }

    /** The 0–2 tier of a qualitative value as policy.yaml ranks the generator's texts; -1 when none. */
    static int tier(String text) {
        if (text == null) {
            return -1;
        }
        if (text.contains("未达成")) {
            return 2;
        }
        if (text.contains("部分达成")) {
            return 1;
        }
        return text.contains("达成") || text.contains("完成") ? 0 : -1;
    }

    /** Whether the method assesses the indicator at all: a target, and an actual it can score. */
    static boolean assessed(JsonNode n) {
        if (!present(n.path("actual")) || !present(n.path("target"))) {
            return false;
        }
        return quantitative(n) ? numericActual(n) : tier(n.path("actual").asText()) >= 0;
    }

    /** Met by the method; only meaningful when {@link #assessed}. */
    static boolean met(JsonNode n) {
        if (!quantitative(n)) {
            return tier(n.path("actual").asText()) <= Math.max(0, tier(n.path("target").asText()));
        }
        double a = n.path("actual").asDouble();
        double t = n.path("target").asDouble();
        return switch (n.path("kind").asText()) {
            case "<=" -> a <= t;
            case "=" -> Math.abs(a - t) < 1e-9;
            default -> a >= t;
        };
    }

    /** The share of its 分值 the method gives; a quantitative actual in words is taken at the report's full marks. */
    static double share(JsonNode n) {
        if (!present(n.path("actual"))) {
            return 0;
        }
        if (!quantitative(n)) {
            return switch (tier(n.path("actual").asText())) {
                case 0 -> 1.0;
                case 1 -> 0.8;
                case 2 -> 0.6;
                default -> 0;
            };
        }
        if (!numericActual(n)) {
            return 1;
        }
        double a = n.path("actual").asDouble();
        double t = n.path("target").asDouble();
        if (met(n)) {
            return 1;
        }
        return switch (n.path("kind").asText()) {
            case "<=" -> t / a;
            case "=" -> Math.min(a / t, t / a);
            default -> Math.max(0, a / t);
        };
    }

    /** The shortfalls derive.drl finds, by the name a conclusion would give them, in report order. */
    static List<String> shortfalls(ObjectNode root) {
        return shortfalls(root, true);
    }

    /** The shortfalls that are targets missed: a satisfaction that met its own target is none, however low. */
    static List<String> missedTargets(ObjectNode root) {
        return shortfalls(root, false);
    }

    private static List<String> shortfalls(ObjectNode root, boolean lowSatisfaction) {
        List<String> out = new ArrayList<>();
        for (ObjectNode n : indicators(root)) {
            if (!assessed(n)) {
                continue;
            }
            boolean low = lowSatisfaction && satisfaction(n) && numericActual(n)
                    && n.path("actual").asDouble() < SATISFACTION_MINIMUM;
            if (!met(n) || low) {
                out.add(n.path("name").asText());
            }
        }
        JsonNode f = funding(root);
        Double execution = executionRate(f);
        if (execution != null && execution < EXECUTION_MINIMUM) {
            out.add("预算执行率");
        }
        Double arrival = arrivalRate(f);
        if (arrival != null && arrival < 100) {
            out.add("资金到位率");
        }
        return out;
    }

    /** Inserts an indicator after the last of its 一级, the table's order being 产出, 效益, 满意度. */
    static void insert(ObjectNode root, ObjectNode indicator) {
        List<String> order = List.of(OUTPUT, BENEFIT, SATISFACTION);
        int rank = order.indexOf(indicator.path("level1").asText());
        ArrayNode rows = (ArrayNode) root.path("indicators");
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (order.indexOf(rows.get(i).path("level1").asText()) <= rank) {
                at = i + 1;
            }
        }
        rows.insert(at, indicator);
    }

    static boolean present(JsonNode v) {
        return v.isNumber() || (v.isTextual() && !v.asText().isBlank());
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A number as a report prints it: no trailing zeros. */
    static String num(double v) {
        return ReportContent.num(round(v));
    }
}
