package jixiao.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic report facts for benchmarks and batch tests: 10–30 indicators, funding with the usual spread of
 * arrival and execution rates, and shortfalls, misstatements and missing categories at rates seen in practice; the
 * prose ({@code statements}: goal, results, the survey behind satisfaction, the conclusion), and at times 分值 and
 * 得分, a stated total, an adjusted budget and the sources of the funds.
 *
 * <p>The reviewer rules (rules/basis.drl, rules/consistency.drl) find nothing in such a report: the 分值 add up to
 * 100, the 得分 are the method's, the stated total is their sum, the sources add up to the total, an adjusted budget
 * says why, and the prose is true to the facts ({@link ReportProse}). With a plant rate, each report independently
 * gets, with that chance, exactly one defect for one of those rules, chosen uniformly ({@link DefectPlanter}).
 * Report {@code i} of seed {@code s} and plant rate {@code p} is always the same report.
 */
public final class ReportGenerator {

    /** A generated report and the defect planted in it (null when clean). */
    public record Generated(ObjectNode facts, PlantedDefect planted) {

        /** The id of the rule the planted defect is for; empty when the report is clean. */
        public String plantedRuleId() {
            return planted == null ? "" : planted.ruleId();
        }
    }

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
    /** What each of {@link #PROJECTS} spends its money on, for the prose. */
    private static final String[] USES = {"开展中小学教师业务培训", "建设高标准农田及配套灌排设施",
        "改善基层医疗卫生机构设备条件", "开展农村公路日常养护和病害整治", "开展送文化下乡和公共文化场馆免费开放",
        "向符合条件的老年人发放养老服务补贴", "建设和维修农村集中供水工程", "实施土地平整和农田基础设施建设",
        "开展大气和水污染治理", "组织城乡劳动者参加职业技能培训", "开展对外交流与友好城市合作", "支持中小企业购买科技服务"};
    /** Deviation reasons that name a cause (a reason that only restates the shortfall is a planted defect). */
    static final String[] REASONS = {"受客观因素影响，实施进度滞后。", "项目招标时间延后，施工进度受到影响。",
        "受汛期降雨影响，部分工程停工。", "部分农户参与意愿不强，报名人数偏少。", "上级政策调整，部分任务暂缓实施。",
        "参训人员工学矛盾突出，部分学员缺席。"};
    /** Indicators of paying out the funds (一级, 二级, 三级), by names that count no money as an output. */
    static final String[][] PAYMENT = {{"产出指标", "时效指标", "补贴按时兑付率"}, {"产出指标", "时效指标", "工程款支付率"},
        {"产出指标", "成本指标", "预算资金支付率"}, {"效益指标", "经济效益指标", "资金拨付率"},
        {"产出指标", "成本指标", "年度支出进度"}, {"产出指标", "成本指标", "项目资金执行率"},
        {"产出指标", "时效指标", "惠民补贴兑付率"}};
    /** How a table names the survey behind a satisfaction figure, after its name. */
    static final String[] SURVEY_METHODS = {"（问卷调查）", "（抽样调查）", "（第三方测评）"};
    private static final String[] GROWTH = {"农户收入同比增长率", "服务人次同比增长率", "接待游客比上年增长率"};
    private static final String[] SOURCES = {"财政拨款", "中央财政资金", "省级财政资金", "市级财政资金", "县级配套资金",
        "上年结转资金", "其他资金"};
    private static final String[] ADJUSTMENT_REASONS = {"年中根据项目实施进度追加预算。", "因部分建设内容取消，经批准调减预算。",
        "根据上级资金下达情况调整预算。", "按照财政统一安排压减一般性支出。"};

    private final long seed;
    private final double plantRate;

    /** Clean reports. */
    public ReportGenerator(long seed) {
        this(seed, 0);
    }

    /** Reports each planted, with chance {@code plantRate}, with one defect for one reviewer rule. */
    public ReportGenerator(long seed, double plantRate) {
        this.seed = seed;
        this.plantRate = plantRate;
    }

    /** The facts of report number {@code index}. */
    public ObjectNode report(int index) {
        return generate(index).facts();
    }

    /** Report number {@code index} and the defect planted in it. */
    public Generated generate(int index) {
        long stream = seed * 1_000_003L + index;
        SplittableRandom r = new SplittableRandom(stream);
        // The prose and the later parts of the form draw from a stream of their own, the planting from another: a
        // report the planting passes over is the clean report of its number, and a planted one differs from it only
        // by its defect (and the form the defect needs).
        SplittableRandom extra = new SplittableRandom(stream ^ 0x5DEECE66DL);
        SplittableRandom plant = new SplittableRandom(stream ^ 0x9E3779B97F4A7C15L);
        PlantedDefect defect = plantRate > 0 && plant.nextDouble() < plantRate
                ? PlantedDefect.values()[plant.nextInt(PlantedDefect.values().length)] : null;
        DefectPlanter planter = new DefectPlanter(defect, plant);

        ObjectNode root = F.objectNode();
        ObjectNode id = root.putObject("report");
        id.put("department", pick(r, PLACES) + pick(r, BUREAUS));
        String project = pick(r, PROJECTS);
        id.put("project", project);
        int year = 2019 + r.nextInt(6);
        id.put("year", year);

        ReportShape shape = ReportShape.draw(r, extra);
        shape.settle();
        planter.shape(shape);

        List<ObjectNode> indicators = indicators(r);
        funding(r, extra, root.putObject("funding"), shape);
        ArrayNode list = root.putArray("indicators");
        indicators.forEach(list::add);
        extras(extra, root, year, shape);
        planter.facts(root);

        if (shape.weighted) {
            share(Facts.indicators(root), 90);
            planter.weights(root);
        }
        if (shape.scored) {
            scores(root);
        }
        planter.scores(root);
        if (shape.evaluation) {
            evaluation(r, extra, root, shape.scored);
        }
        planter.evaluation(root);
        if (shape.adjusted && shape.adjustmentReason == ReportShape.AdjustmentReason.FIELD) {
            Facts.funding(root).put("adjustmentReason", pick(extra, ADJUSTMENT_REASONS));
        } else if (shape.adjusted && shape.adjustmentReason == ReportShape.AdjustmentReason.EXPLANATION) {
            // The reason given in the box that explains the execution rate.
            Facts.funding(root).put("explanation", pick(extra, ADJUSTMENT_REASONS).replace("。", "，")
                    + "资金按调整后预算执行。");
        }
        if (shape.sourced) {
            sources(extra, Facts.funding(root));
        }
        planter.funding(root);

        narrative(r, root, Facts.indicators(root));
        List<Paragraph> paragraphs = new ArrayList<>(ReportProse.compose(extra, root, shape,
                USES[List.of(PROJECTS).indexOf(project)]));
        planter.prose(root, paragraphs);
        ArrayNode statements = F.arrayNode();
        for (Paragraph p : paragraphs) {
            statements.addObject().put("part", p.part()).put("text", p.text());
        }
        return new Generated(ordered(root, statements), defect);
    }

    /** The facts in the order the schema lists them, the prose after the indicators. */
    private static ObjectNode ordered(ObjectNode root, ArrayNode statements) {
        ObjectNode out = F.objectNode();
        for (String key : new String[] {"report", "funding", "indicators", "statements", "problems", "suggestions",
            "evaluation"}) {
            if (key.equals("statements")) {
                out.set(key, statements);
            } else if (root.has(key)) {
                out.set(key, root.get(key));
            }
        }
        return out;
    }

    private static void funding(SplittableRandom r, SplittableRandom extra, ObjectNode f, ReportShape shape) {
        double budget = round(5 + r.nextDouble() * 2000);
        double arrival = r.nextDouble() < 0.95 ? 1.0 : 0.8 + r.nextDouble() * 0.19;
        double u = r.nextDouble();
        double execution = u < 0.8 ? 0.9 + r.nextDouble() * 0.1 : u < 0.95 ? 0.6 + r.nextDouble() * 0.3
                : 0.3 + r.nextDouble() * 0.3;
        double arrived = round(budget * arrival);
        double spent = round(arrived * execution);
        f.put("unit", "万元");
        if (shape.adjusted) {
            // 年初预算数 adjusted to the budget the rates are measured against.
            double initial = budget * (extra.nextBoolean() ? 0.7 + extra.nextDouble() * 0.25
                    : 1.05 + extra.nextDouble() * 0.35);
            f.put("budget", round(initial));
            f.put("adjustedBudget", budget);
        } else {
            f.put("budget", budget);
        }
        f.put("arrived", arrived);
        f.put("spent", spent);
        if (r.nextDouble() < 0.7) {
            f.put("statedArrivalRate", round(100 * arrived / budget + (r.nextDouble() < 0.05 ? 2 + r.nextInt(4) : 0)));
            f.put("statedExecutionRate", round(100 * spent / budget + (r.nextDouble() < 0.05 ? 1 + r.nextInt(5) : 0)));
        }
        if (spent / budget < 0.9 && r.nextDouble() < 0.6) {
            f.put("explanation", "部分项目跨年度实施，资金按合同进度支付。");
        }
        if (shape.weighted) {
            f.put("weight", 10);
        }
    }

    /** Rows of 其中：… under the funds total, adding up to it column by column. */
    private static void sources(SplittableRandom r, ObjectNode f) {
        List<String> names = new ArrayList<>(List.of(SOURCES));
        int count = 2 + r.nextInt(2);
        double[] shares = new double[count];
        double all = 0;
        for (int i = 0; i < count; i++) {
            shares[i] = 0.2 + r.nextDouble();
            all += shares[i];
        }
        boolean everyColumn = r.nextDouble() < 0.7;
        ArrayNode rows = f.putArray("sources");
        for (int i = 0; i < count; i++) {
            rows.addObject().put("name", names.remove(r.nextInt(names.size())));
        }
        for (String column : new String[] {"budget", "arrived", "spent"}) {
            if (!f.path(column).isNumber() || (!column.equals("budget") && !everyColumn)) {
                continue;
            }
            double total = f.path(column).asDouble();
            double given = 0;
            for (int i = 0; i < count; i++) {
                double part = i == count - 1 ? round(total - given) : round(total * shares[i] / all);
                given += part;
                ((ObjectNode) rows.get(i)).put(column, part);
            }
        }
    }

    private List<ObjectNode> indicators(SplittableRandom r) {
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
        return out;
    }

    /** What some reports add to the table: a payment indicator, a growth rate, the year in a name. */
    private static void extras(SplittableRandom r, ObjectNode root, int year, ReportShape shape) {
        ObjectNode f = Facts.funding(root);
        if (r.nextDouble() < 0.1) {
            // Paid out as far as the funds were: never above the execution rate.
            String[] row = DefectPlanter.paymentRow(root, r);
            ObjectNode n = F.objectNode();
            n.put("level1", row[0]).put("level2", row[1]).put("name", row[2]).put("kind", ">=")
                    .put("target", 85 + 5 * r.nextInt(3))
                    .put("actual", Math.floor(Facts.executionRate(f) * 100) / 100).put("unit", "%");
            if (!Facts.met(n)) {
                n.put("deviationReason", reason(r, row[2]));
            }
            Facts.insert(root, n);
        }
        if (r.nextDouble() < 0.05) {
            // A rate that may rightly exceed 100%.
            ObjectNode n = F.objectNode();
            n.put("level1", Facts.BENEFIT).put("level2", "经济效益指标").put("name", pick(r, GROWTH)).put("kind", ">=")
                    .put("target", 105).put("actual", round(105 + r.nextDouble() * 15)).put("unit", "%");
            Facts.insert(root, n);
        }
        for (ObjectNode n : Facts.indicators(root)) {
            if (n.path("level1").asText().equals(Facts.OUTPUT) && r.nextDouble() < 0.05) {
                n.put("name", year + "年" + n.path("name").asText());
            }
            if (Facts.satisfaction(n) && r.nextDouble() < 0.1) {
                n.put("name", n.path("name").asText() + pick(r, SURVEY_METHODS)); // the survey named in the table
            }
            if (shape.shortLevel2) {
                n.put("level2", n.path("level2").asText().replaceAll("指标$", ""));
            }
        }
    }

    /**
     * A deviation reason that names a cause, at times after the shortfall it explains ("培训人次未完成的主要原因是…"):
     * what a reason restates is taken out before its own words are counted.
     */
    static String reason(SplittableRandom r, String name) {
        String cause = pick(r, REASONS);
        if (r.nextBoolean()) {
            return cause;
        }
        return name + pick(r, new String[] {"未完成的主要原因是", "未达到指标值，原因是", "完成率偏低，主要是因为"})
                + cause.substring(0, cause.length() - 1).replace("，", "、") + "。";
    }

    /** Gives the indicators 分值 adding up to {@code total}, equal but for the last, which takes the rounding. */
    static void share(List<ObjectNode> rows, double total) {
        double each = Math.floor(total * 100 / rows.size()) / 100;
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("weight", i == rows.size() - 1 ? round(total - each * (rows.size() - 1)) : each);
        }
    }

    /** 得分 as the method gives them: each indicator's share of its 分值, and 预算执行率 at its rate. */
    private static void scores(ObjectNode root) {
        for (ObjectNode n : Facts.indicators(root)) {
            n.put("selfScore", round(n.path("weight").asDouble() * Facts.share(n)));
        }
        ObjectNode f = Facts.funding(root);
        Double rate = Facts.executionRate(f);
        f.put("selfScore", rate == null ? 0 : round(f.path("weight").asDouble(10) * Math.min(1, rate / 100)));
    }

    /** The total and grade the report states: the sum of its 得分 when it gives them, else as reports round up. */
    private static void evaluation(SplittableRandom r, SplittableRandom extra, ObjectNode root, boolean scored) {
        ObjectNode e = root.putObject("evaluation");
        if (!scored) {
            e.put("statedTotal", round(85 + r.nextDouble() * 15));
            e.put("statedGrade", r.nextDouble() < 0.95 ? "优" : "良");
            return;
        }
        double sum = Facts.funding(root).path("selfScore").asDouble();
        for (ObjectNode n : Facts.indicators(root)) {
            sum += n.path("selfScore").asDouble();
        }
        double u = extra.nextDouble();
        if (u < 0.9) {
            e.put("statedTotal", round(sum));
        }
        if (u < 0.7 || u >= 0.9) {
            e.put("statedGrade", grade(sum));
        }
    }

    static String grade(double total) {
        return total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差";
    }

    /** An output so named counts money (policy.yaml review.money.words). */
    static boolean countsMoney(String name) {
        for (String w : new String[] {"资金", "预算", "经费", "支出", "拨付", "执行数"}) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A rate that may rightly exceed 100% (policy.yaml review.rateOver100.exempt). */
    static boolean growth(String name) {
        for (String w : new String[] {"增长", "同比", "比上年", "增幅", "增速", "倍"}) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** One of the payment indicators. */
    static boolean pays(String name) {
        for (String[] row : PAYMENT) {
            if (name.contains(row[2])) {
                return true;
            }
        }
        return false;
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
        if (percent && target >= 100 && n.path("kind").asText().equals(">=")) {
            n.put("kind", "="); // a rate cannot pass 100%: the form says "=100%", not "≥100%"
        }
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
            n.put("deviationReason", reason(r, name));
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
