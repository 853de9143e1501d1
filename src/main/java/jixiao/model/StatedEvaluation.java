package jixiao.model;

import java.util.List;

/** 评价结论 as the report states it: its total score (总分) and grade (等级). */
public record StatedEvaluation(Measure total, Measure grade) implements Traceable {

    public static final String POINTER = "/evaluation";

    @Override
    public List<String> pointers() {
        return List.of(POINTER);
    }

    @Override
    public List<Measure> evidence() {
        return Measure.sourced(total, grade);
    }
}
