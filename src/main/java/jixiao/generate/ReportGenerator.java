package jixiao.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic report facts for benchmarks and batch tests: 10–30 indicators, funding with the usual spread of
 * arrival and execution rates, and shortfalls, misstatements and missing categories at rates seen in practice.
 * Report {@code i} of seed {@code s} is always the same report.
 */
public final class ReportGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] PLACES = {"某市", "某县", "某区", "某州", "某镇"};
    private static final String[] BUREAUS = {"教育局", "农业农村局", "卫生健康委员会", "交通运输局", "文化广播电视和旅游局",
        "民政局", "水利局", "自然资源局", "生态环境局", "人力资源和社会保障局", "财政局", "科学技术局"};
    private static final String[] PROJECTS = {"教师培训", "高标准农田建设", "基层医疗服务能力提升", "乡村道路养护",
        "公共文化服务", "养老服务补贴", "农村饮水安全", "土地整治", "污染防治", "就业技能培训", "外事活动", "科技创新券"};
    private static final String[][] OUTPUT = {
        {"数量指标", "培训人次", "人次"}, {"数量指标", "建设面积", "亩"}, {"数量指标", "服务对象人数", "人"},
        {"数量指标", "开展活动场次", "场"}, {"数量指标", "发放补贴户数", "户"}, {"数量指标", "完成项目个数", "个"},
        {"质量指标", "验收合格率", "%"}, {"质量指标", "培训合格率", "%"}, {"质量指标", "设备完好率", "%"},
        {"时效指标", "按期完成率", "%"}, {"时效指标", "完成时间", "月"},
        {"成本指标", "人均成本", "元"}, {"成本指标", "单位面积成本", "元"}};
    private static final String[][] BENEFIT = {
        {"社会效益指标", "群众生活条件改善"}, {"社会效益指标", "公共服务水平提升"}, {"经济效益指标", "带动增收"},
        {"生态效益指标", "环境质量改善"}, {"可持续影响指标", "长效管护机制"}};
    private static final String[] SURVEYED = {"服务对象", "受益群众", "学员", "上级", "群众"};
    private static final String[] GENERIC_SUGGESTIONS = {"建议进一步加快项目执行进度，提高财政资金使用效益。",
        "加强项目全过程绩效管理，做好绩效运行监控。", "完善项目管理制度，规范资金使用。"};

    private final long seed;

    public ReportGenerator(long seed) {
        this.seed = seed;
    }

    /** The facts of report number {@code index}. */
    public ObjectNode report(int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        ObjectNode root = F.objectNode();
        ObjectNode id = root.putObject("report");
        id.put("department", pick(r, PLACES) + pick(r, BUREAUS));
        id.put("project", pick(r, PROJECTS));
        id.put("year", 2019 + r.nextInt(6));

        boolean weighted = r.nextDouble() < 0.4;
        List<ObjectNode> indicators = indicators(r, weighted);
        funding(r, root.putObject("funding"), weighted);
        ArrayNode list = root.putArray("indicators");
        indicators.forEach(list::add);
        narrative(r, root, indicators);
        if (r.nextDouble() < 0.5) {
            ObjectNode e = root.putObject("evaluation");
            e.put("statedTotal", round(85 + r.nextDouble() * 15));
            e.put("statedGrade", r.nextDouble() < 0.95 ? "优" : "良");
        }
        return root;
    }

    private static void funding(SplittableRandom r, ObjectNode f, boolean weighted) {
        double budget = round(5 + r.nextDouble() * 2000);
        double arrival = r.nextDouble() < 0.95 ? 1.0 : 0.8 + r.nextDouble() * 0.19;
        double u = r.nextDouble();
        double execution = u < 0.8 ? 0.9 + r.nextDouble() * 0.1 : u < 0.95 ? 0.6 + r.nextDouble() * 0.3
                : 0.3 + r.nextDouble() * 0.3;
        double arrived = round(budget * arrival);
        double spent = round(arrived * execution);
        f.put("unit", "万元");
        f.put("budget", budget);
        f.put("arrived", arrived);
        f.put("spent", spent);
        if (r.nextDouble() < 0.7) {
            f.put("statedArrivalRate", round(100 * arrived / budget + (r.nextDouble() < 0.05 ? 2 + r.nextInt(4) : 0)));
            f.put("statedExecutionRate", round(100 * spent / budget + (r.nextDouble() < 0.05 ? 1 + r.nextInt(5) : 0)));
        }
        if (spent / budget < 0.9 && r.nextDouble() < 0.6) {
            f.put("explanation", "部分项目跨年度实施，资金按合同进度支付。");
        }
        if (weighted) {
            f.put("weight", 10);
        }
    }

    private List<ObjectNode> indicators(SplittableRandom r, boolean weighted) {
        int count = 10 + r.nextInt(21);
        int satisfaction = 1 + r.nextInt(2);
        int benefit = r.nextDouble() < 0.15 ? 0 : Math.max(1, (int) Math.round(count * 0.25));
        int output = count - satisfaction - benefit;
        List<String> kinds = new ArrayList<>(List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        kinds.removeIf(k -> !k.equals("数量指标") && r.nextDouble() < 0.3);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < output; i++) {
            String[] row = pickRow(r, kinds);
            out.add(quantitative(r, "产出指标", row[0], row[1] + (i + 1), row[2]));
        }
        for (int i = 0; i < benefit; i++) {
            String[] row = pick(r, BENEFIT);
            out.add(r.nextDouble() < 0.6 ? qualitative(r, row[0], row[1] + (i + 1))
                    : quantitative(r, "效益指标", row[0], row[1] + "率" + (i + 1), "%"));
        }
        for (int i = 0; i < satisfaction; i++) {
            out.add(satisfaction(r, SURVEYED[(i + r.nextInt(SURVEYED.length)) % SURVEYED.length]));
        }
        if (weighted) {
            double each = Math.floor(9000.0 / out.size()) / 100;
            for (int i = 0; i < out.size(); i++) {
                out.get(i).put("weight", i == out.size() - 1 ? round(90 - each * (out.size() - 1)) : each);
            }
        }
        return out;
    }

    private static String[] pickRow(SplittableRandom r, List<String> kinds) {
        String kind = kinds.get(r.nextInt(kinds.size()));
        List<String[]> rows = new ArrayList<>();
        for (String[] row : OUTPUT) {
            if (row[0].equals(kind)) {
                rows.add(row);
            }
        }
        return rows.get(r.nextInt(rows.size()));
    }

    private static ObjectNode quantitative(SplittableRandom r, String level1, String level2, String name, String unit) {
        ObjectNode n = F.objectNode();
        n.put("level1", level1);
        n.put("level2", level2);
        n.put("name", name);
        boolean lowerIsBetter = unit.equals("元") || unit.equals("月");
        boolean percent = unit.equals("%");
        n.put("kind", lowerIsBetter ? "<=" : r.nextDouble() < 0.05 ? "=" : ">=");
        double target = percent ? 85 + r.nextInt(16) : 10 + r.nextInt(990);
        double u = r.nextDouble();
        double factor = u < 0.80 ? 1.0 + r.nextDouble() * 0.25 : u < 0.85 ? 1.3 + r.nextDouble() * 0.7
                : 0.5 + r.nextDouble() * 0.49;
        if (n.path("kind").asText().equals("=") && u < 0.85) {
            factor = 1.0;
        }
        double actual = lowerIsBetter ? round(target / factor) : round(target * factor);
        if (percent) {
            actual = Math.min(100, actual);
        }
        n.put("target", target);
        n.put("actual", actual);
        n.put("unit", unit);
        boolean met = lowerIsBetter ? actual <= target : actual >= target;
        if (!met && r.nextDouble() < 0.7) {
            n.put("deviationReason", "受客观因素影响，实施进度滞后。");
        }
        if (!met && r.nextDouble() < 0.3) {
            n.put("statedRate", round(100 * actual / target + (r.nextDouble() < 0.2 ? 3 : 0)));
        }
        return n;
    }

    private static ObjectNode qualitative(SplittableRandom r, String level2, String name) {
        ObjectNode n = F.objectNode();
        n.put("level1", "效益指标");
        n.put("level2", level2);
        n.put("name", name);
        n.put("kind", "qualitative");
        n.put("target", "达成年度指标");
        double u = r.nextDouble();
        n.put("actual", u < 0.85 ? "达成年度指标" : u < 0.97 ? "部分达成年度指标并具有一定效果" : "未达成年度指标且效果较差");
        if (u >= 0.85) {
            n.put("deviationReason", "项目效益需较长周期显现。");
        }
        return n;
    }

    private static ObjectNode satisfaction(SplittableRandom r, String surveyed) {
        ObjectNode n = F.objectNode();
        n.put("level1", "满意度指标");
        n.put("level2", "服务对象满意度指标");
        n.put("name", surveyed + "满意度");
        n.put("subject", surveyed);
        n.put("kind", ">=");
        n.put("target", r.nextDouble() < 0.8 ? 95 : 90);
        n.put("unit", "%");
        if (r.nextDouble() < 0.93) {
            n.put("actual", round(Math.min(100, 85 + r.nextDouble() * 16)));
        }
        return n;
    }

    private static void narrative(SplittableRandom r, ObjectNode root, List<ObjectNode> indicators) {
        ArrayNode problems = root.putArray("problems");
        ArrayNode suggestions = root.putArray("suggestions");
        for (ObjectNode n : indicators) {
            if (!n.has("actual") || !n.path("actual").isNumber()) {
                continue;
            }
            boolean met = n.path("kind").asText().equals("<=") ? n.path("actual").asDouble() <= n.path("target").asDouble()
                    : n.path("actual").asDouble() >= n.path("target").asDouble();
            if (!met && r.nextDouble() < 0.7) {
                problems.add(n.path("name").asText() + "未完成年度指标值。");
                if (r.nextDouble() < 0.5) {
                    suggestions.add("采取有效措施，确保" + n.path("name").asText() + "达到年度目标。");
                }
            }
        }
        if (suggestions.isEmpty() || r.nextDouble() < 0.5) {
            suggestions.add(pick(r, GENERIC_SUGGESTIONS));
        }
    }

    private static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
