package jixiao.derived;

import java.util.ArrayList;
import java.util.List;
import jixiao.model.Funding;
import jixiao.model.Measure;
import jixiao.model.Traceable;

/** A computed funding rate in percent: 到位率 (arrived ÷ budget) or 执行率 (spent ÷ budget). */
public record FundingRate(Kind kind, double percent, Measure numerator, Measure denominator, Measure stated)
        implements Traceable {

    public enum Kind {
        ARRIVAL("到位率"),
        EXECUTION("执行率");

        private final String zh;

        Kind(String zh) {
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }
    }

    public static FundingRate arrival(Funding f) {
        Measure budget = f.effectiveBudget();
        return new FundingRate(Kind.ARRIVAL, 100 * (f.arrived().number() / budget.number()),
                f.arrived(), budget, f.statedArrivalRate());
    }

    public static FundingRate execution(Funding f) {
        Measure budget = f.effectiveBudget();
        return new FundingRate(Kind.EXECUTION, 100 * (f.spent().number() / budget.number()),
                f.spent(), budget, f.statedExecutionRate());
    }

    public boolean hasStated() {
        return stated != null && stated.isNumeric();
    }

    /** Percentage points between the stated and the computed rate; 0 when none is stated. */
    public double statedGap() {
        return hasStated() ? Math.abs(stated.number() - percent) : 0;
    }

    @Override
    public List<String> pointers() {
        List<String> out = new ArrayList<>(List.of(numerator.pointer(), denominator.pointer()));
        if (hasStated()) {
            out.add(stated.pointer());
        }
        return out;
    }

    @Override
    public List<Measure> evidence() {
        return Measure.sourced(stated, numerator, denominator);
    }
}
