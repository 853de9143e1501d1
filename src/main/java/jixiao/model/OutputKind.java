package jixiao.model;

import java.util.List;
import java.util.Objects;

/** A 二级 kind that 产出指标 should cover (数量, 质量, 时效, 成本) and the 二级 names that count for it. */
public record OutputKind(String name, List<String> aliases) {

    // Written out for a cold run, as Measure's are; listed in RecordEqualityTest, which holds them to the
    // record's own.
    @Override
    public boolean equals(Object o) {
        return o instanceof OutputKind k && Objects.equals(name, k.name) && Objects.equals(aliases, k.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name) * 31 + Objects.hashCode(aliases);
    }
}
