package jixiao.model;

import java.util.List;

/**
 * One row of 绩效指标: 一级/二级/三级 names, 指标性质, 年度指标值, 实际完成值, 分值, 得分,
 * 偏差原因 and the completion rate the narrative states. Satisfaction rows carry their subject (外宾, 上级…).
 */
public record Indicator(
        int index,
        Category category,
        String level2,
        String name,
        IndicatorKind kind,
        Measure target,
        Measure actual,
        String unitName,
        Measure weight,
        Measure selfScore,
        String deviationReason,
        Measure statedRate,
        String subject) implements Traceable {

    public String pointer() {
        return "/indicators/" + index;
    }

    public boolean isSatisfaction() {
        return category == Category.SATISFACTION;
    }

    public boolean isDeviationExplained() {
        return deviationReason != null && !deviationReason.isBlank();
    }

    /** The unit as printed after a value: "%" or "人次"; empty when none. */
    public String getUnitLabel() {
        return unitName == null ? "" : unitName;
    }

    @Override
    public List<String> pointers() {
        return List.of(pointer());
    }

    @Override
    public List<Measure> evidence() {
        return Measure.sourced(actual, target, statedRate, selfScore);
    }
}
