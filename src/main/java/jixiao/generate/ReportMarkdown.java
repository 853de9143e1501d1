package jixiao.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A generated report written out as published text: title, the national self-evaluation table in Markdown, and
 * the problems and suggestions. Checking it exercises text extraction on reports of realistic size.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(JsonNode facts) {
        return render(ReportContent.of(facts));
    }

    public static String render(ReportContent c) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(c.department()).append("\n\n");
        out.append("## ").append(c.title()).append("\n\n");
        out.append("### ").append(ReportContent.OVERVIEW_HEADING).append("\n\n")
                .append(ReportContent.OVERVIEW).append("\n\n");
        out.append("### ").append(ReportContent.TABLE_HEADING).append("\n\n");
        out.append("| 项目名称 | ").append(c.project()).append(" | 主管部门 | ")
                .append(c.department()).append(" |\n|---|---|---|---|\n\n");
        out.append(ReportContent.FUNDING_CAPTION).append("\n\n");
        // An empty cell is written "| |" where the header leaves the corner or the table the 得分 blank.
        out.append("| |");
        row(out, c.fundingHeader().subList(1, c.fundingHeader().size()));
        out.append("|---|---|---|---|---|---|---|\n");
        out.append("|");
        row(out, c.fundingRow());
        out.append("\n");
        out.append("|");
        row(out, c.indicatorHeader());
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (List<String> cells : c.indicatorRows()) {
            out.append("|");
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 6 && cells.get(i).isEmpty() ? " |" : " " + cells.get(i) + " |");
            }
            out.append("\n");
        }
        out.append("\n### ").append(ReportContent.PROBLEMS_HEADING).append("\n\n");
        int i = 1;
        for (String p : c.problems()) {
            out.append(i++).append(". ").append(p).append("\n\n");
        }
        if (i == 1) {
            out.append(ReportContent.NO_PROBLEMS).append("\n\n");
        }
        out.append("### ").append(ReportContent.SUGGESTIONS_HEADING).append("\n\n");
        i = 1;
        for (String s : c.suggestions()) {
            out.append(i++).append(". ").append(s).append("\n\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }
}
