package jixiao.model;

import java.util.List;

/** A 二级 kind that 产出指标 should cover (数量, 质量, 时效, 成本) and the 二级 names that count for it. */
public record OutputKind(String name, List<String> aliases) {
}
