package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a generated report says in its published form, from its facts: the title, the headings, the paragraphs and
 * the cells of its tables, as text. {@link ReportMarkdown} lays it out as Markdown and {@link ReportDocx} as a Word
 * document, so that both forms of one report say the same. A row of {@code indicatorRows} holds 一级, 二级, 三级,
 * 年度指标值, 实际完成值, 分值, 得分 (left blank) and 偏差原因分析及改进措施.
 */
public record ReportContent(
        String department,
        String title,
        String project,
        List<String> fundingHeader,
        List<String> fundingRow,
        List<String> indicatorHeader,
        List<List<String>> indicatorRows,
        List<String> problems,
        List<String> suggestions) {

    public static final String OVERVIEW_HEADING = "一、项目概况";
    public static final String OVERVIEW = "本项目按年度计划实施。";
    public static final String TABLE_HEADING = "二、项目支出绩效自评表";
    public static final String FUNDING_CAPTION = "项目资金（万元）";
    public static final String PROBLEMS_HEADING = "三、存在的问题";
    public static final String NO_PROBLEMS = "无。";
    public static final String SUGGESTIONS_HEADING = "四、改进措施";

    public static ReportContent of(JsonNode facts) {
        JsonNode id = facts.path("report");
        JsonNode f = facts.path("funding");
        double budget = f.path("budget").asDouble();
        double spent = f.path("spent").asDouble();
        List<String> fundingRow = List.of("年度资金总额", num(budget), num(budget), num(spent), "10",
                num(Math.round(10000 * spent / budget) / 100.0) + "%", "—");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode n : facts.path("indicators")) {
            String unit = n.path("unit").asText("");
            String sign = switch (n.path("kind").asText()) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> "";
            };
            rows.add(List.of(n.path("level1").asText(), n.path("level2").asText(), n.path("name").asText(),
                    sign + value(n.path("target")) + (n.path("target").isNumber() ? unit : ""),
                    n.has("actual") ? value(n.path("actual")) + (n.path("actual").isNumber() ? unit : "") : "",
                    n.has("weight") ? num(n.path("weight").asDouble()) : "",
                    "",
                    n.path("deviationReason").asText("")));
        }
        List<String> problems = new ArrayList<>();
        facts.path("problems").forEach(p -> problems.add(p.asText()));
        List<String> suggestions = new ArrayList<>();
        facts.path("suggestions").forEach(s -> suggestions.add(s.asText()));
        return new ReportContent(id.path("department").asText(),
                id.path("year").asInt() + "年度" + id.path("project").asText() + "项目支出绩效自评报告",
                id.path("project").asText(),
                List.of("", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"),
                fundingRow,
                List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                List.copyOf(rows), List.copyOf(problems), List.copyOf(suggestions));
    }

    private static String value(JsonNode v) {
        return v.isNumber() ? num(v.asDouble()) : v.asText();
    }

    static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
