package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A generated report written out as published text: title, the national self-evaluation table in Markdown, and
 * the problems and suggestions. Checking it exercises text extraction on reports of realistic size.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(JsonNode facts) {
        JsonNode id = facts.path("report");
        JsonNode f = facts.path("funding");
        StringBuilder out = new StringBuilder();
        out.append("# ").append(id.path("department").asText()).append("\n\n");
        out.append("## ").append(id.path("year").asInt()).append("年度").append(id.path("project").asText())
                .append("项目支出绩效自评报告\n\n");
        out.append("### 一、项目概况\n\n本项目按年度计划实施。\n\n");
        out.append("### 二、项目支出绩效自评表\n\n");
        out.append("| 项目名称 | ").append(id.path("project").asText()).append(" | 主管部门 | ")
                .append(id.path("department").asText()).append(" |\n|---|---|---|---|\n\n");
        out.append("项目资金（万元）\n\n");
        out.append("| | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        double budget = f.path("budget").asDouble();
        double spent = f.path("spent").asDouble();
        out.append("| 年度资金总额 | ").append(num(budget)).append(" | ").append(num(budget)).append(" | ")
                .append(num(spent)).append(" | 10 | ").append(num(Math.round(10000 * spent / budget) / 100.0))
                .append("% | — |\n\n");
        out.append("| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (JsonNode n : facts.path("indicators")) {
            String unit = n.path("unit").asText("");
            String sign = switch (n.path("kind").asText()) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> "";
            };
            out.append("| ").append(n.path("level1").asText()).append(" | ").append(n.path("level2").asText())
                    .append(" | ").append(n.path("name").asText()).append(" | ")
                    .append(sign).append(value(n.path("target"))).append(n.path("target").isNumber() ? unit : "")
                    .append(" | ").append(n.has("actual") ? value(n.path("actual")) + (n.path("actual").isNumber() ? unit : "") : "")
                    .append(" | ").append(n.has("weight") ? num(n.path("weight").asDouble()) : "")
                    .append(" | | ").append(n.path("deviationReason").asText("")).append(" |\n");
        }
        out.append("\n### 三、存在的问题\n\n");
        int i = 1;
        for (JsonNode p : facts.path("problems")) {
            out.append(i++).append(". ").append(p.asText()).append("\n\n");
        }
        if (i == 1) {
            out.append("无。\n\n");
        }
        out.append("### 四、改进措施\n\n");
        i = 1;
        for (JsonNode s : facts.path("suggestions")) {
            out.append(i++).append(". ").append(s.asText()).append("\n\n");
        }
        return out.toString();
    }

    private static String value(JsonNode v) {
        return v.isNumber() ? num(v.asDouble()) : v.asText();
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
