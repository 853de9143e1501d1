package jixiao.derived;

import java.util.ArrayList;
import java.util.List;
import jixiao.model.Funding;
import jixiao.model.FundingSource;
import jixiao.model.Indicator;
import jixiao.model.Measure;
import jixiao.model.StatedEvaluation;
import jixiao.model.Traceable;

/**
 * A total the report states (or the 100 points the form fixes) and the sum of the parts it claims to be made of:
 * a funds 合计 and its sources, the 分值 of every part, the stated 总分 and the 得分 of every part. Only built when
 * every part gives its value; rules compare {@code stated} and {@code sum}.
 */
public record Total(Kind kind, String subject, double stated, double sum, int parts, boolean executionAssumed,
                    List<Traceable> from) implements Traceable {

    public enum Kind { FUNDS, POINTS, SCORE }

    public double gap() {
        return Math.abs(stated - sum);
    }

    /**
     * One total a money column of the funds table (全年预算数, 实际到位, 全年执行数) that some source gives, a blank
     * source counting 0; none when a source's value was not read.
     */
    public static List<Total> ofFunds(Funding f) {
        List<Total> out = new ArrayList<>();
        if (f.sources().isEmpty()) {
            return out;
        }
        String[] names = {"全年预算数", "实际到位资金", "全年执行数"};
        for (int column = 0; column < 3; column++) {
            Measure total = column(f.budget(), f.arrived(), f.spent(), column);
            if (!total.isNumeric()) {
                continue;
            }
            double sum = 0;
            boolean read = true;
            int given = 0;
            List<Traceable> from = new ArrayList<>();
            from.add(f);
            for (FundingSource s : f.sources()) {
                // A source row left blank (其他资金, nothing) adds nothing; one not read leaves the sum unknown.
                Measure part = column(s.budget(), s.arrived(), s.spent(), column);
                read &= !part.unread();
                given += part.isNumeric() ? 1 : 0;
                sum += part.isNumeric() ? part.number() : 0;
                from.add(s);
            }
            if (read && given > 0) {
                out.add(new Total(Kind.FUNDS, names[column], total.number(), sum, f.sources().size(), false,
                        List.copyOf(from)));
            }
        }
        return out;
    }

    private static Measure column(Measure budget, Measure arrived, Measure spent, int column) {
        return column == 0 ? budget : column == 1 ? arrived : spent;
    }

    /**
     * The 分值 of every indicator, plus that of 预算执行率 (its default when the report gives none), against the
     * form's total; null unless every indicator gives its 分值.
     */
    public static Total ofPoints(Funding f, List<Indicator> indicators, double executionDefault, double points) {
        double sum = 0;
        for (Indicator i : indicators) {
            if (!i.weight().isNumeric()) {
                return null;
            }
            sum += i.weight().number();
        }
        boolean assumed = !f.weight().isNumeric();
        sum += assumed ? executionDefault : f.weight().number();
        List<Traceable> from = new ArrayList<>(indicators);
        from.add(0, f);
        return new Total(Kind.POINTS, "分值", points, sum, indicators.size() + 1, assumed, List.copyOf(from));
    }

    /** The stated 总分 against the 得分 of 预算执行率 and of every indicator; null unless each gives its 得分. */
    public static Total ofScore(StatedEvaluation e, Funding f, List<Indicator> indicators) {
        if (!e.total().isNumeric() || !f.selfScore().isNumeric() || indicators.isEmpty()) {
            return null;
        }
        double sum = f.selfScore().number();
        for (Indicator i : indicators) {
            if (!i.selfScore().isNumeric()) {
                return null;
            }
            sum += i.selfScore().number();
        }
        List<Traceable> from = new ArrayList<>(indicators);
        from.add(0, f);
        from.add(0, e);
        return new Total(Kind.SCORE, "总分", e.total().number(), sum, indicators.size() + 1, false, List.copyOf(from));
    }

    @Override
    public List<String> pointers() {
        List<String> out = new ArrayList<>();
        from.forEach(t -> t.pointers().forEach(p -> {
            if (!out.contains(p)) {
                out.add(p);
            }
        }));
        return out;
    }

    @Override
    public List<Measure> evidence() {
        List<Measure> out = new ArrayList<>();
        from.forEach(t -> out.addAll(t.evidence()));
        return out;
    }
}
