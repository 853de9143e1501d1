package jixiao.model;

import java.util.List;

/**
 * One row under 年度资金总额 in the funds table (其中：财政拨款, 其他资金…), in 万元. The total row is {@link Funding}
 * itself; the rules hold it to the sum of these parts.
 */
public record FundingSource(int index, String name, Measure budget, Measure arrived, Measure spent)
        implements Traceable {

    public String pointer() {
        return Funding.POINTER + "/sources/" + index;
    }

    @Override
    public List<String> pointers() {
        return List.of(pointer());
    }

    @Override
    public List<Measure> evidence() {
        return Measure.sourced(budget, arrived, spent);
    }
}
