package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Plants one defect in a report while {@link ReportGenerator} writes it, at the step where a report would go wrong:
 * the form (a total stated over unscored rows), the facts (an actual in words, a reason that restates the
 * shortfall), the 分值, the 得分, the stated total, the funds table, or the prose. Each defect comes in several
 * wordings and values, so that a rule is held to what it means rather than to one string; each is built to trip its
 * own rule and no other reviewer rule. A planter without a defect changes nothing.
 */
final class DefectPlanter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final PlantedDefect defect;
    private final SplittableRandom r;
    /** Which wording or kind of the defect this report gets, drawn once. */
    private final int variant;

    DefectPlanter(PlantedDefect defect, SplittableRandom r) {
        this.defect = defect;
        this.r = r;
        this.variant = r.nextInt(1 << 20);
    }

    PlantedDefect defect() {
        return defect;
    }

    private boolean is(PlantedDefect d) {
        return defect == d;
    }

    private int variant(int count) {
        return variant % count;
    }

    /** The form the defect needs: a wrong 得分 needs a table with 得分, an unexplained adjustment an adjustment. */
    void shape(ReportShape s) {
        if (defect == null) {
            return;
        }
        switch (defect) {
            case FUND_SELF_SCORE, SCORE_UNSUPPORTED -> {
                s.weighted = true;
                s.scored = true;
            }
            case SCORE_STATED_SUM -> {
                s.weighted = true;
                s.scored = true;
                s.evaluation = true;
            }
            case SCORE_WEIGHTS_SUM -> {
                s.weighted = true;
                s.scored = false; // 得分 over 分值 of 110 could add up past the 100 a stated total may be
            }
            case SCORE_NOT_ITEMIZED -> {
                s.weighted = false;
                s.scored = false;
                s.evaluation = true;
            }
            case FUND_TOTAL_PARTS -> s.sourced = true;
            case FUND_ADJUSTED_UNEXPLAINED -> {
                s.adjusted = true;
                s.adjustmentReason = ReportShape.AdjustmentReason.NONE;
            }
            default -> {
            }
        }
    }

    // ---- The facts: indicators and funds, before 分值 and 得分 are given ----

    void facts(ObjectNode root) {
        if (defect == null) {
            return;
        }
        switch (defect) {
            case SAT_NO_SURVEY_BASIS -> satisfactionFigure(root);
            case IND_ACTUAL_NOT_MEASURED -> actualInWords(root);
            case IND_REASON_RESTATES -> restatedReason(root);
            case IND_LEVEL2_MISMATCH -> misfiled(root);
            case IND_OUTPUT_COUNTS_MONEY -> outputCountingMoney(root);
            case IND_COST_CAP_IS_BUDGET -> costCapAtBudget(root);
            case IND_RATE_OVER_100 -> rateOver100(root);
            case IND_PAYMENT_CONTRADICTED -> paymentAboveExecution(root);
            case IND_YEAR_MISMATCH -> offYear(root);
            case RPT_CONCLUSION_CONTRADICTED -> {
                if (Facts.missedTargets(root).isEmpty()) {
                    makeUnmet(pickIndicator(root, DefectPlanter::canFallShort), r.nextDouble() < 0.7);
                }
            }
            case RPT_FORM_UNFILLED -> promptInTable(root);
            default -> {
            }
        }
    }

    /** Two of the seven kinds of a prompt left in: a template row in the table, a prompt in the reason column. */
    private void promptInTable(ObjectNode root) {
        if (variant(7) == 0) {
            // Not a growth rate: its name is what lets it pass 100%.
            ObjectNode n = pickIndicator(root, x -> !ReportGenerator.growth(x.path("name").asText()));
            int k = Facts.indicators(root).indexOf(n) + 1;
            n.put("name", pick("指标" + k, "三级指标" + k, "指标 " + k, "三级指标"));
        } else if (variant(7) == 1) {
            ObjectNode n = pickIndicator(root, x -> !Facts.satisfaction(x));
            n.put("deviationReason", pick("请简要说明偏差原因及改进措施。", "（如有）", "此处填写偏差原因。",
                    "请据实填写偏差原因分析。"));
        }
    }

    /** At least one satisfaction figure, so that the rule has something to ask the survey of, and no survey named. */
    private void satisfactionFigure(ObjectNode root) {
        List<ObjectNode> satisfaction = Facts.indicators(root).stream().filter(Facts::satisfaction).toList();
        for (ObjectNode n : satisfaction) {
            for (String method : ReportGenerator.SURVEY_METHODS) {
                n.put("name", n.path("name").asText().replace(method, ""));
            }
        }
        if (satisfaction.stream().noneMatch(Facts::numericActual)) {
            ObjectNode n = satisfaction.get(0);
            n.put("actual", Facts.round(Math.min(100, n.path("target").asDouble() + r.nextDouble() * 4)));
        }
    }

    private void actualInWords(ObjectNode root) {
        ObjectNode n = pickIndicator(root, x -> Facts.quantitative(x) && Facts.numericActual(x));
        String t = Facts.num(n.path("target").asDouble()) + n.path("unit").asText("");
        String kind = n.path("kind").asText();
        String words = switch (variant(4)) {
            case 0 -> kind.equals("<=") ? "≤" + t : kind.equals(">=") ? "≥" + t : "达到" + t;
            case 1 -> kind.equals("<=") ? pick("不超过", "不高于") + t : pick("不低于", "不少于") + t;
            case 2 -> t + (kind.equals("<=") ? "以内" : "以上");
            default -> pick("是", "已完成", "达标", "基本达到", "按期完成", "合格", "较好", "符合要求");
        };
        n.put("actual", words);
        n.remove("statedRate");
    }

    private void restatedReason(ObjectNode root) {
        ObjectNode n = pickIndicator(root, x -> Facts.assessed(x) && !Facts.met(x));
        if (n == null) {
            n = pickIndicator(root, DefectPlanter::canFallShort);
            makeUnmet(n, false);
        }
        String name = r.nextBoolean() ? n.path("name").asText() : n.path("name").asText().replaceAll("\\d+$", "");
        n.put("deviationReason", pick(name + "未完成年度指标。", "未达到年度目标值。", "实际完成数低于年度指标值。",
                "由于" + name + "完成率偏低，导致未达标。", name + "未能完成计划任务。", "完成率较低，未达到预期目标。",
                "因" + name + "不足，未完成年度任务。", name + "实际值低于目标值，故未完成。"));
    }

    private void misfiled(ObjectNode root) {
        ObjectNode n = pickIndicator(root, x -> !Facts.money(x) && !x.path("level2").asText().contains("成本")
                && !ReportGenerator.countsMoney(x.path("name").asText()));
        switch (n.path("level1").asText()) {
            case Facts.OUTPUT -> n.put("level2", pick("社会效益指标", "经济效益指标", "生态效益", "可持续影响指标",
                    "服务对象满意度指标"));
            case Facts.BENEFIT -> {
                if (r.nextBoolean()) {
                    n.put("level1", Facts.OUTPUT); // the 二级 stays 社会效益指标…: the 一级 is the wrong one
                } else {
                    n.put("level2", pick("数量指标", "质量指标", "时效指标", "质量"));
                }
            }
            default -> n.put("level2", pick("社会效益指标", "质量指标"));
        }
    }

    private void outputCountingMoney(ObjectNode root) {
        double budget = Facts.effectiveBudget(Facts.funding(root));
        ObjectNode n = switch (variant(6)) {
            case 0 -> indicator(Facts.OUTPUT, "数量指标", "发放补贴金额", ">=", Facts.round(budget * 0.5), "万元");
            case 1 -> indicator(Facts.OUTPUT, "数量指标", pick("培训经费", "项目经费"), ">=",
                    Facts.round(budget * 0.3), "万元");
            case 2 -> indicator(Facts.OUTPUT, "质量指标", pick("资金支付率", "预算执行率"), ">=",
                    90 + r.nextInt(10), "%");
            case 3 -> indicator(Facts.OUTPUT, "时效指标", pick("专项资金拨付进度", "年度经费支出进度"), ">=",
                    90 + r.nextInt(10), "%");
            case 4 -> indicator(Facts.OUTPUT, "数量指标", "完成投资额", ">=", Math.round(budget * 0.8) / 10000.0, "亿元");
            default -> indicator(Facts.OUTPUT, "数量指标", pick("人均补助标准", "户均补助"), ">=",
                    100 * (1 + r.nextInt(20)), "元");
        };
        double t = n.path("target").asDouble();
        // A rate of paying out is no higher than the execution rate: that would be another rule's defect.
        Double execution = Facts.executionRate(Facts.funding(root));
        double paid = execution == null ? 100 : Math.min(100, Facts.round(execution));
        n.put("actual", Facts.percent(n) ? paid : Math.round(t * (1 + r.nextDouble() * 0.05) * 10000) / 10000.0);
        Facts.insert(root, n);
    }

    private void costCapAtBudget(ObjectNode root) {
        JsonNode f = Facts.funding(root);
        double budget = Facts.effectiveBudget(f);
        double spent = f.path("spent").isNumber() ? f.path("spent").asDouble() : budget * 0.95;
        String unit = pick("万元", "万元", "元", "千元");
        double factor = unit.equals("元") ? 10000 : unit.equals("千元") ? 10 : 1;
        double target = budget * (1 + r.nextInt(16) / 100.0) * factor;
        ObjectNode n = indicator(Facts.OUTPUT, pick("成本指标", "经济成本指标", "成本"),
                pick("项目总成本", "成本控制数", "工程建设总成本", "项目支出总额"), "<=",
                unit.equals("元") ? Math.ceil(target) : Facts.round(target), unit);
        n.put("actual", unit.equals("元") ? Math.round(spent * factor) : Facts.round(spent * factor));
        Facts.insert(root, n);
    }

    private void rateOver100(ObjectNode root) {
        ObjectNode n = pickIndicator(root, x -> Facts.percent(x) && Facts.quantitative(x)
                && !x.path("kind").asText().equals("<=") && !ReportGenerator.growth(x.path("name").asText())
                && !ReportGenerator.pays(x.path("name").asText()));
        n.put("kind", ">=");
        n.put("target", 100);
        if (r.nextBoolean() && n.has("actual")) {
            n.put("actual", 100);
        }
    }

    private void paymentAboveExecution(ObjectNode root) {
        ObjectNode f = Facts.funding(root);
        double budget = Facts.effectiveBudget(f);
        if (Facts.executionRate(f) > 96) {
            f.put("spent", Facts.round(f.path("arrived").asDouble() * (0.85 + r.nextDouble() * 0.1)));
            if (f.has("statedExecutionRate")) {
                f.put("statedExecutionRate", Facts.round(100 * f.path("spent").asDouble() / budget));
            }
        }
        double execution = Facts.executionRate(f);
        String[] row = paymentRow(root);
        boolean exact = r.nextDouble() < 0.3;
        ObjectNode n = indicator(row[0], row[1], row[2], exact ? "=" : ">=", exact ? 100 : pick(80, 85, 90, 95), "%");
        n.put("actual", exact || r.nextDouble() < 0.4 ? 100
                : Math.min(100, Facts.round(execution + 2 + r.nextDouble() * 13)));
        Facts.insert(root, n);
    }

    /** A payment indicator (一级, 二级, 三级) whose name the report does not hold yet. */
    static String[] paymentRow(ObjectNode root, SplittableRandom r) {
        List<String[]> free = new ArrayList<>();
        for (String[] row : ReportGenerator.PAYMENT) {
            if (Facts.indicators(root).stream().noneMatch(n -> n.path("name").asText().equals(row[2]))) {
                free.add(row);
            }
        }
        return free.get(r.nextInt(free.size()));
    }

    private String[] paymentRow(ObjectNode root) {
        return paymentRow(root, r);
    }

    private void offYear(ObjectNode root) {
        int year = root.path("report").path("year").asInt();
        int other = year + pick(-2, -1, -1, 1, 1, 2);
        ObjectNode n = pickIndicator(root, x -> !x.path("name").asText().matches(".*\\d{4}\\s*年.*"));
        ObjectNode qualitative = pickIndicator(root, x -> !Facts.quantitative(x));
        switch (variant(5)) {
            case 0 -> n.put("name", other + "年" + n.path("name").asText());
            case 1 -> n.put("name", other + "年度" + n.path("name").asText());
            case 2 -> n.put("name", n.path("name").asText() + "（" + other + "年底前）");
            case 3 -> {
                if (qualitative != null) {
                    qualitative.put("target", other + "年底前达成年度指标");
                } else {
                    n.put("name", other + " 年" + n.path("name").asText());
                }
            }
            default -> {
                if (qualitative != null) {
                    qualitative.put("actual", "已于" + other + "年" + (1 + r.nextInt(12)) + "月达成年度指标");
                    qualitative.remove("deviationReason");
                } else {
                    n.put("name", n.path("name").asText() + "（" + other + "年" + (1 + r.nextInt(12)) + "月前）");
                }
            }
        }
    }

    /** An indicator that may be made to fall short without tripping another rule (a payment one would). */
    private static boolean canFallShort(ObjectNode n) {
        return Facts.quantitative(n) && Facts.numericActual(n) && !Facts.satisfaction(n)
                && !ReportGenerator.pays(n.path("name").asText());
    }

    /** Makes a quantitative indicator fall short of its target, with a reason of its own when asked. */
    private void makeUnmet(ObjectNode n, boolean withReason) {
        double t = n.path("target").asDouble();
        double a = n.path("kind").asText().equals("<=") ? t * (1.1 + r.nextDouble() * 0.5)
                : t * (0.55 + r.nextDouble() * 0.4);
        n.put("actual", Facts.round(a));
        n.remove("statedRate");
        n.remove("deviationReason");
        if (withReason) {
            n.put("deviationReason", ReportGenerator.reason(r, n.path("name").asText()));
        }
    }

    // ---- 分值, 得分 and the stated total ----

    void weights(ObjectNode root) {
        if (!is(PlantedDefect.SCORE_WEIGHTS_SUM)) {
            return;
        }
        List<ObjectNode> rows = Facts.indicators(root);
        ObjectNode f = Facts.funding(root);
        switch (variant(4)) {
            case 0 -> {
                ObjectNode n = rows.get(r.nextInt(rows.size()));
                double w = n.path("weight").asDouble();
                double d = 0.5 + r.nextInt(10) * 0.5;
                n.put("weight", Facts.round(w - d >= 0.5 && r.nextBoolean() ? w - d : w + d));
            }
            case 1 -> ReportGenerator.share(rows, 100); // the indicators take all 100, 预算执行率 its 10 besides
            case 2 -> f.put("weight", pick(5, 15, 20));
            default -> {
                ReportGenerator.share(rows, 100); // and 预算执行率 given no 分值: the form's 10 is assumed
                f.remove("weight");
            }
        }
    }

    void scores(ObjectNode root) {
        if (defect == null) {
            return;
        }
        ObjectNode f = Facts.funding(root);
        if (is(PlantedDefect.FUND_SELF_SCORE)) {
            double weight = f.path("weight").asDouble(10);
            double computed = f.path("selfScore").asDouble();
            double wrong;
            if (variant(2) == 0 && computed <= weight - 0.3) {
                wrong = weight; // full marks whatever the rate
            } else {
                double d = 0.3 + r.nextDouble() * 2.7;
                wrong = computed + d <= weight && (r.nextBoolean() || computed - d < 0) ? computed + d : computed - d;
            }
            f.put("selfScore", Facts.round(wrong));
        } else if (is(PlantedDefect.SCORE_UNSUPPORTED)) {
            ObjectNode blank = pickIndicator(root, n -> !Facts.present(n.path("actual")));
            ObjectNode scored = pickIndicator(root, n -> n.path("selfScore").asDouble() > 0);
            int v = variant(3);
            if (v == 0 && blank != null) {
                blank.put("selfScore", Facts.round(blank.path("weight").asDouble() * (0.8 + r.nextInt(3) * 0.1)));
            } else if (v <= 1 && scored != null) {
                blankOut(scored, "actual");
            } else {
                blankOut(f, "spent");
            }
        }
    }

    /** Leaves a value blank as a report does: the key gone, or null, or an empty text. */
    private void blankOut(ObjectNode n, String field) {
        switch (r.nextInt(3)) {
            case 0 -> n.remove(field);
            case 1 -> n.putNull(field);
            default -> {
                if (field.equals("actual")) {
                    n.put(field, "");
                } else {
                    n.putNull(field);
                }
            }
        }
    }

    void evaluation(ObjectNode root) {
        if (is(PlantedDefect.SCORE_STATED_SUM)) {
            double execution = Facts.funding(root).path("selfScore").asDouble();
            double sum = execution;
            for (ObjectNode n : Facts.indicators(root)) {
                sum += n.path("selfScore").asDouble();
            }
            double stated;
            switch (variant(3)) {
                case 0 -> {
                    double d = 0.5 + r.nextDouble() * 5.5;
                    stated = sum + d <= 100 && r.nextBoolean() ? sum + d : sum - d;
                }
                case 1 -> stated = execution >= 0.5 ? sum - execution : sum - 2; // 预算执行率 left out of the sum
                default -> stated = Math.min(100, Math.ceil(sum) + 1 + r.nextInt(3));
            }
            if (Math.abs(stated - sum) < 0.3) {
                stated = sum - 1;
            }
            ObjectNode e = (ObjectNode) root.path("evaluation");
            e.put("statedTotal", Facts.round(stated));
            e.put("statedGrade", ReportGenerator.grade(stated));
        } else if (is(PlantedDefect.SCORE_NOT_ITEMIZED)) {
            ObjectNode e = (ObjectNode) root.path("evaluation");
            switch (variant(3)) {
                case 0 -> e.remove("statedGrade");
                case 1 -> e.remove("statedTotal");
                default -> {
                }
            }
        }
    }

    // ---- The funds table ----

    void funding(ObjectNode root) {
        if (!is(PlantedDefect.FUND_TOTAL_PARTS)) {
            return;
        }
        ArrayNode sources = (ArrayNode) Facts.funding(root).path("sources");
        int v = variant(4);
        if (v == 1 && sources.size() < 2) {
            v = 0;
        }
        switch (v) {
            case 0 -> { // one value off
                ObjectNode s = (ObjectNode) sources.get(r.nextInt(sources.size()));
                String column = pick(columns(sources));
                double value = s.path(column).asDouble();
                double d = Math.max(0.5, Facts.round(value * (0.02 + r.nextDouble() * 0.2)));
                s.put(column, Facts.round(value - d >= 0 && r.nextBoolean() ? value - d : value + d));
            }
            case 1 -> sources.remove(r.nextInt(sources.size())); // a source left out
            case 2 -> { // a source the total leaves out
                String[] columns = columns(sources);
                ObjectNode s = sources.addObject();
                s.put("name", pick("其他资金", "社会资金", "单位自有资金"));
                double budget = Facts.round(1 + r.nextDouble() * Facts.funding(root).path("budget").asDouble() * 0.2);
                for (String column : columns) {
                    s.put(column, budget);
                }
            }
            default -> { // a digit slipped: ten times or a tenth of the value
                ObjectNode s = (ObjectNode) sources.get(r.nextInt(sources.size()));
                String column = pick(columns(sources));
                double value = Math.max(1, s.path(column).asDouble());
                s.put(column, Facts.round(r.nextBoolean() ? value * 10 : value / 10));
            }
        }
    }

    /** The money columns every source row gives (全年预算数 always; 到位 and 执行 when the rows give them). */
    private static String[] columns(ArrayNode sources) {
        List<String> out = new ArrayList<>();
        for (String column : new String[] {"budget", "arrived", "spent"}) {
            boolean all = true;
            for (JsonNode s : sources) {
                all &= s.path(column).isNumber();
            }
            if (all) {
                out.add(column);
            }
        }
        return out.toArray(String[]::new);
    }

    // ---- The prose ----

    void prose(ObjectNode root, List<Paragraph> paragraphs) {
        if (defect == null) {
            return;
        }
        switch (defect) {
            case SAT_NO_SURVEY_BASIS -> noSurvey(root, paragraphs);
            case RPT_FORM_UNFILLED -> promptLeft(root, paragraphs);
            case RPT_SECTION_HOLLOW -> hollow(root, paragraphs);
            case RPT_CONCLUSION_CONTRADICTED -> claim(root, paragraphs);
            case RPT_AMOUNT_ABOVE_BUDGET -> amountAboveBudget(root, paragraphs);
            default -> {
            }
        }
    }

    private void noSurvey(ObjectNode root, List<Paragraph> paragraphs) {
        paragraphs.removeIf(p -> p.role() == Paragraph.Role.SURVEY);
        if (r.nextBoolean()) {
            ObjectNode n = pickIndicator(root, x -> Facts.satisfaction(x) && Facts.numericActual(x));
            String who = n.path("subject").asText("服务对象");
            paragraphs.add(new Paragraph("benefits", pick(
                    who + "满意度达到" + Facts.num(n.path("actual").asDouble()) + "%，群众认可度较高。",
                    "项目实施效果得到" + who + "普遍认可，满意度为" + Facts.num(n.path("actual").asDouble()) + "%。",
                    who + "对项目实施效果较为认可。"), Paragraph.Role.PLANTED));
        }
    }

    /** The other five kinds: in the goal, as a paragraph, in the results, in the problems, as the conclusion. */
    private void promptLeft(ObjectNode root, List<Paragraph> paragraphs) {
        switch (variant(7)) {
            case 2 -> replace(paragraphs, Paragraph.Role.GOAL, text -> r.nextBoolean()
                    ? text + "（" + pick(100, 200, 300, 500) + "字以内）"
                    : "（" + pick(200, 500) + "字以内）" + text);
            case 3 -> paragraphs.add(0, new Paragraph(pick("overview", "other"), pick("请填写项目基本情况。",
                    "填报说明：本表由项目实施单位填写。", "请根据项目实际情况简要描述项目概况。"), Paragraph.Role.PLANTED));
            case 4 -> replace(paragraphs, Paragraph.Role.RESULTS, text -> pick("在XX镇", "在××村", "XX乡") + "，" + text);
            case 5 -> ((ArrayNode) root.path("problems")).add(pick("（如有）", "请简要列明存在的问题。", "此处填写存在的问题"));
            case 6 -> paragraphs.add(new Paragraph("conclusion", pick("此处填写评价结论。", "请据实填写自评结论。"),
                    Paragraph.Role.PLANTED));
            default -> {
                // planted in the indicators (facts)
            }
        }
    }

    private void hollow(ObjectNode root, List<Paragraph> paragraphs) {
        JsonNode f = Facts.funding(root);
        String project = root.path("report").path("project").asText();
        String spent = f.path("spent").isNumber() ? Facts.num(f.path("spent").asDouble()) : null;
        boolean goal = r.nextBoolean();
        String part = goal ? "goal" : "results";
        int at = indexOfPart(paragraphs, part);
        // The funds paragraph may stand in the results (and say why the budget was adjusted): it moves to a funds
        // section of its own rather than go.
        paragraphs.replaceAll(p -> p.role() == Paragraph.Role.FUNDING
                ? new Paragraph("funding", p.text(), p.role()) : p);
        paragraphs.removeIf(p -> p.part().equals(part));
        String text = goal
                ? pick("按计划完成" + project + "项目年度目标。", "完成年度总体目标。", project + "项目按计划实施。", "",
                        "全年预算" + Facts.num(Facts.effectiveBudget(f)) + "万元，按计划实施。", "无")
                : pick("已按计划完成" + project + "项目。", "年度目标完成情况：已完成。", "完成。", "按计划实施。", "",
                        spent == null ? "项目已实施。" : "项目资金" + spent + "万元已全额使用。",
                        spent == null ? "已完成。" : project + "项目已实施完成，支出" + spent + "万元。");
        paragraphs.add(Math.max(0, Math.min(at, paragraphs.size())), new Paragraph(part, text, Paragraph.Role.PLANTED));
    }

    private void claim(ObjectNode root, List<Paragraph> paragraphs) {
        String project = root.path("report").path("project").asText();
        switch (variant(3)) {
            case 0 -> {
                paragraphs.removeIf(p -> p.role() == Paragraph.Role.CONCLUSION);
                paragraphs.add(new Paragraph("conclusion", pick("项目各项绩效目标全面完成。",
                        "经自评，" + project + "项目年度绩效指标均已完成，未发现问题。", "本年度各项任务圆满完成，达到预期目标。",
                        "年度绩效目标全部实现。"), Paragraph.Role.PLANTED));
            }
            case 1 -> paragraphs.add(new Paragraph("results", pick("各项产出指标均已达到年度指标值。",
                    "项目建设内容全部完成，各项指标均完成。"), Paragraph.Role.PLANTED));
            default -> paragraphs.add(new Paragraph(pick("benefits", "other"), pick("项目实施过程中未发现问题。",
                    "项目顺利完成，取得了良好的社会效益。", "经检查，项目不存在问题。"), Paragraph.Role.PLANTED));
        }
    }

    private void amountAboveBudget(ObjectNode root, List<Paragraph> paragraphs) {
        JsonNode f = Facts.funding(root);
        // Above every budget the report gives (年初 and 调整后) and above the funds that arrived.
        double ceiling = Math.max(Math.max(Facts.effectiveBudget(f), f.path("budget").asDouble(0)),
                f.path("arrived").asDouble(0));
        double amount = Facts.round(ceiling * (1.15 + r.nextDouble() * 3));
        String money = switch (variant(4)) {
            case 0 -> String.format(Locale.ROOT, "%,.0f", amount * 10000) + "元";
            case 1 -> fullWidth(Facts.num(amount)) + "万元";
            case 2 -> Facts.num(amount * 10) + "千元";
            default -> Facts.num(amount) + "万元";
        };
        int at = Math.min(indexOfPart(paragraphs, "results") + 1, paragraphs.size());
        paragraphs.add(at, new Paragraph("results", pick(
                "全年完成投资" + money + "，新建和改造相关设施" + (3 + r.nextInt(40)) + "处。",
                "共发放补贴资金" + money + "，惠及" + (100 + r.nextInt(5000)) + "户。",
                "采购价值约" + money + "的设备和物资。",
                "项目完成工程量折合资金" + money + "。"), Paragraph.Role.PLANTED));
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    private static int indexOfPart(List<Paragraph> paragraphs, String part) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).part().equals(part)) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private static void replace(List<Paragraph> paragraphs, Paragraph.Role role,
                                java.util.function.UnaryOperator<String> change) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).role() == role) {
                paragraphs.set(i, paragraphs.get(i).withText(change.apply(paragraphs.get(i).text())));
                return;
            }
        }
    }

    // ---- Helpers ----

    private static ObjectNode indicator(String level1, String level2, String name, String kind, double target,
                                        String unit) {
        ObjectNode n = F.objectNode();
        n.put("level1", level1);
        n.put("level2", level2);
        n.put("name", name);
        n.put("kind", kind);
        n.put("target", target);
        n.put("unit", unit);
        return n;
    }

    /** One of the report's indicators that passes the test, or null when none does. */
    private ObjectNode pickIndicator(ObjectNode root, Predicate<ObjectNode> test) {
        List<ObjectNode> all = Facts.indicators(root).stream().filter(test).toList();
        return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }
}
