package jixiao.generate;

import java.util.SplittableRandom;

/**
 * The form a generated report takes before its values are drawn: whether the table gives 分值 and 得分, whether the
 * report states its total, whether the budget was adjusted and where the report says why, whether the funds table
 * lists its sources. A planted defect may ask for a form (a wrong 得分 needs a table with 得分).
 */
final class ReportShape {

    /** Where a report that adjusted its budget says why. */
    enum AdjustmentReason { FIELD, PROSE, EXPLANATION, NONE }

    /** The 分值 of every part are given. */
    boolean weighted;
    /** The 得分 of every part are given too (only with {@link #weighted}). */
    boolean scored;
    /** The report states its total or grade (only with {@link #weighted}: a total of unscored rows is a defect). */
    boolean evaluation;
    /** 调整后预算数 differs from 年初预算数. */
    boolean adjusted;
    AdjustmentReason adjustmentReason = AdjustmentReason.FIELD;
    /** The funds table lists 其中：财政拨款… under its total. */
    boolean sourced;
    /** The table names 二级 without their 指标 (数量, 质量…), as many tables do. */
    boolean shortLevel2;
    /** The funds paragraph stands in the results (实际完成情况) rather than in a funds section of its own. */
    boolean fundsInResults;

    static ReportShape draw(SplittableRandom base, SplittableRandom extra) {
        ReportShape s = new ReportShape();
        s.weighted = base.nextDouble() < 0.4;
        s.evaluation = base.nextDouble() < 0.5;
        s.scored = extra.nextDouble() < 0.5;
        s.adjusted = extra.nextDouble() < 0.15;
        double u = extra.nextDouble();
        s.adjustmentReason = u < 0.5 ? AdjustmentReason.FIELD : u < 0.8 ? AdjustmentReason.PROSE
                : AdjustmentReason.EXPLANATION;
        s.sourced = extra.nextDouble() < 0.3;
        s.shortLevel2 = extra.nextDouble() < 0.1;
        s.fundsInResults = extra.nextDouble() < 0.3;
        return s;
    }

    /** The clean form: 得分 and a stated total only where the table gives 分值. */
    void settle() {
        scored &= weighted;
        evaluation &= weighted;
    }
}
