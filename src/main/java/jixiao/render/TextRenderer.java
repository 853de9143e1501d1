package jixiao.render;

import java.util.List;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.Trace;
import jixiao.assemble.ValueText;

/** For a terminal: findings grouped by severity, then the score, then the drafted section. */
public final class TextRenderer implements Renderer {

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final boolean zh;

    public TextRenderer(String language) {
        this.zh = !"en".equals(language);
    }

    private static String orUnknown(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }

    @Override
    public String render(CheckResult r) {
        StringBuilder out = new StringBuilder();
        CheckResult.ReportInfo report = r.report();
        // A part the report does not give is said so, never printed as "null".
        out.append(orUnknown(report.department(), zh ? "（未写明部门）" : "(no department)")).append(" · ")
                .append(orUnknown(report.project(), zh ? "（未写明项目）" : "(no project)")).append(" · ")
                .append(report.year() == null ? (zh ? "（未写明年度）" : "(no year)") : report.year() + (zh ? "年度" : ""))
                .append('\n');
        out.append(zh ? "规则集 " : "rule set ").append(r.ruleset().fingerprint()).append(" (").append(r.tool())
                .append(")\n");
        for (String severity : SEVERITIES) {
            List<FindingView> group = r.findings().stream().filter(f -> f.severity().equals(severity)).toList();
            out.append('\n').append(heading(severity)).append(zh ? "（" : " (").append(group.size())
                    .append(zh ? "）" : ")").append('\n');
            for (FindingView f : group) {
                out.append("  [").append(f.ruleId()).append("] ").append(f.message()).append('\n');
                if (f.isWaived()) {
                    out.append("      ").append(zh ? "已豁免：" : "Waived: ").append(f.waived().reason())
                            .append(zh ? "（批准：" : " (approved by ").append(f.waived().approvedBy())
                            .append(zh ? "，至 " : ", until ").append(f.waived().until()).append(zh ? "）" : ")")
                            .append('\n');
                }
                out.append("      ").append(zh ? "建议：" : "Recommendation: ").append(f.recommendation()).append('\n');
                out.append("      ").append(zh ? "依据：" : "Trace: ").append(trace(f.trace())).append('\n');
            }
        }
        CheckResult.Score s = r.score();
        if (s != null) {
            out.append('\n').append(zh ? "总分 " : "Total ").append(ValueText.number(s.total()));
            if (!s.complete()) {
                out.append('–').append(ValueText.number(s.range().max()))
                        .append(zh ? "（暂定：有值未填或未读出，按0分与满分计）" : " (provisional: values blank or not read, scored 0 and full)");
            }
            out.append(zh ? "，等级 " : ", grade ").append(s.grade()).append('\n');
            s.parts().values().forEach(p -> out.append("  ").append(p.label()).append(' ')
                    .append(ValueText.number(p.score())).append(" / ").append(ValueText.number(p.weight()))
                    .append('\n'));
            if (s.note() != null) {
                out.append("  ").append(s.note()).append('\n');
            }
        }
        out.append("\n").append(r.section());
        return TerminalText.escape(out.toString());
    }

    private String heading(String severity) {
        return switch (severity) {
            case "error" -> zh ? "错误" : "Errors";
            case "warning" -> zh ? "警告" : "Warnings";
            default -> zh ? "提示" : "Notes";
        };
    }

    private String trace(Trace t) {
        StringBuilder s = new StringBuilder();
        s.append(t.file()).append(':').append(t.line());
        if (t.source() != null && t.source().locator() != null) {
            s.append(zh ? " · 报告" : " · report ").append(t.source().locator());
        } else if (t.source() != null && t.source().line() != null) {
            s.append(zh ? " · 报告第" : " · report line ").append(t.source().line()).append(zh ? "行" : "");
        } else if (!t.facts().isEmpty()) {
            s.append(" · ").append(t.facts().get(0));
        }
        return s.toString();
    }
}
