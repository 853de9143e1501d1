package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The prose of a generated report ({@code statements}), written from its finished facts and true to them: a goal
 * and results that say something of their own, the amounts spent (never above the budget), the survey behind a
 * satisfaction figure, the reason for an adjusted budget when the report gives it in prose, and a conclusion that
 * claims everything was done only when nothing fell short, else names what did.
 *
 * <p>Outside the paragraphs written for them, no sentence uses the words the reviewer rules look for: a survey
 * (调查, 问卷, 走访…), a budget adjustment (调整, 追加, 结转…), a claim (全面完成, 均已完成, 达到预期目标…), the
 * template's prompts (请填写, XX…). A planted defect removes or changes one paragraph and finds the rest silent.
 */
final class ReportProse {

    private static final String[] BENEFIT_PHRASES = {"进一步提升基层公共服务水平", "切实改善群众生产生活条件",
        "促进区域经济社会协调发展", "增强群众的获得感和幸福感", "为当地产业发展打下良好基础", "推动相关工作提质增效"};

    private final SplittableRandom r;
    private final ObjectNode root;
    private final ReportShape shape;
    private final String project;
    private final String use;

    private ReportProse(SplittableRandom r, ObjectNode root, ReportShape shape, String use) {
        this.r = r;
        this.root = root;
        this.shape = shape;
        this.project = root.path("report").path("project").asText();
        this.use = use;
    }

    /** The paragraphs of the report, in reading order. {@code use} says what the project's money is for. */
    static List<Paragraph> compose(SplittableRandom r, ObjectNode root, ReportShape shape, String use) {
        return new ReportProse(r, root, shape, use).paragraphs();
    }

    private List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        JsonNode f = Facts.funding(root);
        int year = root.path("report").path("year").asInt();
        if (r.nextDouble() < 0.6) {
            out.add(new Paragraph("overview", pick(
                    root.path("report").path("department").asText() + year + "年度实施" + project + "项目，主要用于" + use
                            + "。",
                    "本项目为" + project + "，资金主要用于" + use + "，由项目单位按年度计划组织实施。",
                    project + "项目资金" + Facts.num(Facts.effectiveBudget(f)) + "万元，用于" + use + "。"),
                    Paragraph.Role.OVERVIEW));
        }
        out.add(new Paragraph("goal", goal(), Paragraph.Role.GOAL));
        out.add(new Paragraph("results", results(year), Paragraph.Role.RESULTS));
        String money = money(f);
        if (money != null) {
            out.add(new Paragraph("results", money, Paragraph.Role.MONEY));
        }
        if (r.nextDouble() < 0.1) {
            // More than the budget, and says so: a total over the years, or money the project drew from others.
            String more = Facts.num(Facts.effectiveBudget(f) * (1.2 + r.nextDouble() * 2)) + "万元";
            out.add(new Paragraph("results", pick("自项目实施以来累计完成投资" + more + "。",
                    "项目带动社会资金投入" + more + "。", "项目总投资" + more + "，其中本年度安排财政资金"
                            + Facts.num(Facts.effectiveBudget(f)) + "万元。"), Paragraph.Role.MONEY));
        }
        if (r.nextDouble() < 0.6) {
            out.add(new Paragraph("benefits", "项目实施后，" + pick(BENEFIT_PHRASES) + "，" + pick(BENEFIT_PHRASES) + "。",
                    Paragraph.Role.BENEFITS));
        }
        String survey = survey();
        boolean surveyNamed = Facts.indicators(root).stream().anyMatch(n -> Facts.satisfaction(n)
                && n.path("name").asText().matches(".*（.*(调查|测评)）"));
        if (survey != null && (!surveyNamed || r.nextBoolean())) {
            out.add(new Paragraph(r.nextDouble() < 0.8 ? "benefits" : "other", survey, Paragraph.Role.SURVEY));
        }
        boolean adjustmentInProse = shape.adjusted && shape.adjustmentReason == ReportShape.AdjustmentReason.PROSE;
        if (adjustmentInProse || r.nextDouble() < 0.5) {
            out.add(new Paragraph(shape.fundsInResults ? "results" : "funding", funding(f, adjustmentInProse),
                    Paragraph.Role.FUNDING));
        }
        if (r.nextDouble() < 0.85) {
            out.add(new Paragraph("conclusion", conclusion(), Paragraph.Role.CONCLUSION));
        }
        return out;
    }

    private String goal() {
        List<String> aims = new ArrayList<>();
        int most = 2 + r.nextInt(2);
        for (ObjectNode n : outputs(false)) {
            String unit = n.path("unit").asText("");
            String t = Facts.num(n.path("target").asDouble());
            aims.add(switch (n.path("kind").asText()) {
                case "<=" -> n.path("name").asText() + "控制在" + t + unit + "以内";
                case "=" -> n.path("name").asText() + "达到" + t + unit;
                default -> n.path("name").asText() + pick("不少于", "不低于", "达到") + t + unit;
            });
            if (aims.size() == most) {
                break;
            }
        }
        String planned = aims.isEmpty() ? "" : "计划" + String.join("、", aims) + "，";
        if (r.nextDouble() < 0.15) {
            planned += "确保年度任务全面完成，"; // an aim, not a claim that it was met
        }
        return pick("通过实施" + project + "项目，" + use + "，" + planned + pick(BENEFIT_PHRASES) + "。",
                "年度总体目标：" + use + "，" + planned + pick(BENEFIT_PHRASES) + "。",
                planned + "着力" + use + "，" + pick(BENEFIT_PHRASES) + "。");
    }

    private String results(int year) {
        List<String> done = new ArrayList<>();
        int most = 2 + r.nextInt(3);
        for (ObjectNode n : outputs(true)) {
            done.add(n.path("name").asText() + pick("实际完成", "达到", "为") + Facts.num(n.path("actual").asDouble())
                    + n.path("unit").asText(""));
            if (done.size() == most) {
                break;
            }
        }
        for (ObjectNode n : outputs(true)) {
            if (n.path("level2").asText().startsWith("质量") && Facts.percent(n) && r.nextDouble() < 0.3) {
                // A spot check of quality: no survey of satisfaction.
                done.add("经抽查，" + n.path("name").asText() + "为" + Facts.num(n.path("actual").asDouble()) + "%");
                break;
            }
        }
        String list = done.isEmpty() ? "各子项按进度推进" : String.join("，", done);
        return pick("截至" + year + "年底，" + use + "工作稳步推进，" + list + "。",
                "项目实施以来，围绕" + use + "，" + list + "。", "本年度" + use + "，" + list + "。");
    }

    /** The amounts spent or received: never more than arrived, so never above the budget. */
    private String money(JsonNode f) {
        if (!f.path("spent").isNumber() || r.nextDouble() < 0.3) {
            return null;
        }
        double spent = f.path("spent").asDouble();
        String rate = Facts.num(100 * spent / Facts.effectiveBudget(f));
        return switch (r.nextInt(3)) {
            case 0 -> "全年实际支出资金" + Facts.num(spent) + "万元，预算执行率为" + rate + "%。";
            case 1 -> f.path("arrived").isNumber()
                    ? "项目资金到位" + Facts.num(f.path("arrived").asDouble()) + "万元，已支出" + Facts.num(spent) + "万元。"
                    : "已支出" + Facts.num(spent) + "万元。";
            default -> "全年共支付" + String.format(Locale.ROOT, "%,.0f", spent * 10000) + "元，用于" + use + "。";
        };
    }

    /** The survey behind the first satisfaction figure; null when no satisfaction figure is given. */
    private String survey() {
        for (ObjectNode n : Facts.indicators(root)) {
            if (!Facts.satisfaction(n) || !Facts.numericActual(n)) {
                continue;
            }
            String who = n.path("subject").asText("服务对象");
            String value = Facts.num(n.path("actual").asDouble()) + "%";
            int valid = 50 + r.nextInt(950);
            return switch (r.nextInt(4)) {
                case 0 -> "通过问卷调查方式对" + who + "开展满意度调查，发放问卷" + (valid + r.nextInt(30)) + "份，回收有效问卷"
                        + valid + "份，" + who + "满意度为" + value + "。";
                case 1 -> "采取电话回访和入户走访相结合的方式了解" + who + "意见，共回访" + valid + "人，满意度达到" + value + "。";
                case 2 -> "委托第三方机构开展满意度测评，有效样本" + valid + "个，" + who + "满意度" + value + "。";
                default -> "项目结束后组织" + who + "填写满意度问卷，收回有效答卷" + valid + "份，满意度" + value + "。";
            };
        }
        return null;
    }

    private String funding(JsonNode f, boolean adjustmentInProse) {
        StringBuilder b = new StringBuilder();
        double effective = Facts.effectiveBudget(f);
        if (f.path("adjustedBudget").isNumber()) {
            double initial = f.path("budget").asDouble();
            b.append("项目年初预算").append(Facts.num(initial)).append("万元，");
            if (adjustmentInProse) {
                double d = Math.abs(effective - initial);
                b.append(effective > initial
                        ? pick("年中根据实施进度追加预算", "经批准调增预算") : pick("因部分子项目取消调减预算", "年中核减预算"))
                        .append(Facts.num(d)).append("万元，调整后预算").append(Facts.num(effective)).append("万元，");
            } else {
                b.append("全年预算").append(Facts.num(effective)).append("万元，");
            }
        } else {
            b.append("项目全年预算").append(Facts.num(effective)).append("万元，");
        }
        if (f.path("arrived").isNumber()) {
            b.append("实际到位").append(Facts.num(f.path("arrived").asDouble())).append("万元，");
        }
        if (f.path("spent").isNumber()) {
            b.append("全年执行").append(Facts.num(f.path("spent").asDouble())).append("万元");
        } else {
            b.append("资金按合同约定使用");
        }
        return b.append("。").toString();
    }

    /** Everything done, only when nothing fell short; else a sentence that names the shortfalls and qualifies. */
    private String conclusion() {
        List<String> shortfalls = Facts.shortfalls(root);
        JsonNode e = root.path("evaluation");
        String score = e.path("statedTotal").isNumber()
                ? "自评得分" + Facts.num(e.path("statedTotal").asDouble()) + "分" + (e.has("statedGrade")
                        ? "，等级为" + e.path("statedGrade").asText() : "") + "。"
                : "";
        if (shortfalls.isEmpty()) {
            return pick("经自评，" + project + "项目年度绩效目标全面完成，资金使用规范。", "项目各项绩效指标均已完成。",
                    "综上，项目实施效果较好，达到预期目标。", "项目整体进展正常，年度目标已实现。") + score;
        }
        String names = shortfalls.size() <= 3 ? String.join("、", shortfalls)
                : String.join("、", shortfalls.subList(0, 3)) + "等" + shortfalls.size() + "项";
        return pick("除" + names + "外，其余绩效指标均已完成。",
                "项目绩效目标基本完成，" + names + "未达到年度指标值。",
                "项目总体进展较好，但" + names + "未完成年度目标。",
                "经自评，项目大部分指标已完成，" + names + "尚未达标。") + score;
    }

    /** Output indicators the prose may quote: numbers, no money (an amount in the results is held to the budget). */
    private List<ObjectNode> outputs(boolean withActual) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode n : Facts.indicators(root)) {
            if (n.path("level1").asText().equals(Facts.OUTPUT) && Facts.quantitative(n) && !Facts.money(n)
                    && n.path("target").isNumber() && (!withActual || Facts.numericActual(n))) {
                out.add(n);
            }
        }
        return out;
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }
}
