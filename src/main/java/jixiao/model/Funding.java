package jixiao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * 项目资金 in 万元: 全年预算数 (or 调整后预算数 where the Sichuan form gives it), 实际到位, 全年执行数,
 * the rates as stated in the report, the report's own explanation of a low execution rate, the sources the total
 * is made of (其中：财政拨款…) and the reason given for adjusting the budget (预算调整).
 */
public record Funding(
        Measure budget,
        Measure adjustedBudget,
        Measure arrived,
        Measure spent,
        Measure statedArrivalRate,
        Measure statedExecutionRate,
        Measure weight,
        Measure selfScore,
        String explanation,
        List<FundingSource> sources,
        String adjustmentReason) implements Traceable {

    public static final String POINTER = "/funding";

    /** The budget that rates are measured against: 调整后预算数 when given, else 全年预算数. */
    public Measure effectiveBudget() {
        return adjustedBudget.isNumeric() ? adjustedBudget : budget;
    }

    /** 调整后预算数 given and unlike 年初预算数. */
    public boolean isAdjusted() {
        return adjustedBudget.isNumeric() && budget.isNumeric()
                && Math.abs(adjustedBudget.number() - budget.number()) > 1e-9;
    }

    /** Whether the report says why the budget was adjusted, in the funds table's own box. */
    public boolean isAdjustmentExplained() {
        return adjustmentReason != null && !adjustmentReason.isBlank();
    }

    /** Whether the report explains its execution rate (the Sichuan form requires it under 90%). */
    public boolean isExplained() {
        return explanation != null && !explanation.isBlank();
    }

    /** Names of the values the funding rules need but the report does not give, in table order. */
    public List<String> missingValues() {
        List<String> out = new ArrayList<>();
        Measure b = effectiveBudget();
        // A value jixiao could not read is its own note (EXTRACT-MISSING), not a gap in the report.
        if (!b.isNumeric() && !b.unread()) {
            out.add("全年预算数");
        } else if (b.isNumeric() && b.number() <= 0) {
            out.add("全年预算数（为0）");
        }
        if (!arrived.isNumeric() && !arrived.unread()) {
            out.add("实际到位资金");
        }
        if (!spent.isNumeric() && !spent.unread()) {
            out.add("全年执行数");
        }
        return out;
    }

    @Override
    public List<String> pointers() {
        return List.of(POINTER);
    }

    @Override
    public List<Measure> evidence() {
        return Measure.sourced(effectiveBudget(), arrived, spent, statedArrivalRate, statedExecutionRate);
    }
}
