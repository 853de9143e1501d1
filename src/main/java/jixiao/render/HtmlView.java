package jixiao.render;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.ReportView;
import jixiao.assemble.Section;
import jixiao.assemble.ValueText;

/**
 * One checked report as HTML: the score with its chart, the findings (each linked to its line or cell and back, with
 * "why"), the report itself with the findings marked, the facts read, and the drafted section. Every text from the
 * report is escaped; nothing here needs a script or an inline style, so the page's Content-Security-Policy holds.
 * The page inserts this into itself; {@link HtmlPage} wraps it as a file of its own.
 */
public final class HtmlView {

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final PageLabels labels;
    /** On the page: inputs editable, buttons for the script; in a file: read only. */
    private final boolean interactive;

    public HtmlView(PageLabels labels, boolean interactive) {
        this.labels = labels;
        this.interactive = interactive;
    }

    public String render(ReportView view) {
        CheckResult r = view.result();
        FactsHtml facts = new FactsHtml(view.facts(), labels, interactive);
        FindingPlaces places = new FindingPlaces(r.findings(), view.document(), facts.rows());
        StringBuilder out = new StringBuilder(16_384);
        out.append("<div class=\"view\" lang=\"").append(labels.language()).append("\" data-findings=\"")
                .append(r.findings().size()).append("\">");
        head(out, r);
        score(out, r.score());
        findings(out, r.findings(), view.why(), places);
        nearMisses(out, view.nearMisses());
        new DocumentHtml(labels).render(out, view.document(), places, f -> markLink(r.findings(), f));
        facts.render(out, places, f -> markLink(r.findings(), f));
        section(out, view.section());
        if (!interactive) { // the page has a footer of its own
            footer(out, r);
        }
        out.append("</div>");
        return out.toString();
    }

    private void footer(StringBuilder out, CheckResult r) {
        out.append("<footer class=\"ruleset\"><span>").append(Html.escape(labels.get("fingerprint")))
                .append(" <code id=\"view-fingerprint\">").append(Html.escape(r.ruleset().fingerprint()))
                .append("</code></span> <span>").append(Html.escape(labels.get("version"))).append(" <code>")
                .append(Html.escape(r.tool())).append("</code></span></footer>");
    }

    private void head(StringBuilder out, CheckResult r) {
        CheckResult.ReportInfo info = r.report();
        String unknown = labels.get("unknown");
        out.append("<header class=\"report-head\"><h1 id=\"report-title\">")
                .append(Html.escape(or(info.department(), unknown))).append(" · ")
                .append(Html.escape(or(info.project(), unknown))).append(" · ")
                .append(info.year() == null ? Html.escape(unknown) : info.year() + ("zh".equals(labels.language()) ? "年度" : ""))
                .append("</h1><p class=\"file\">").append(Html.escape(info.file())).append("</p></header>");
    }

    private void score(StringBuilder out, CheckResult.Score s) {
        out.append("<section class=\"score\" id=\"score\"><h2>").append(Html.escape(labels.get("score"))).append("</h2>");
        if (s == null) {
            out.append("<p>").append(Html.escape(labels.get("noScore"))).append("</p></section>");
            return;
        }
        out.append("<p class=\"total\"><span>").append(Html.escape(labels.get("total")))
                .append("</span> <strong id=\"score-total\">").append(ValueText.number(s.total())).append("</strong> <span>")
                .append(Html.escape(labels.get("grade"))).append("</span> <strong id=\"score-grade\" class=\"grade\">")
                .append(Html.escape(s.grade())).append("</strong>");
        if (!s.complete() && s.range() != null) {
            out.append(" <span class=\"range\">").append(Html.escape(labels.get("range"))).append(' ')
                    .append(ValueText.number(s.range().min())).append("–").append(ValueText.number(s.range().max())).append("</span>");
        }
        out.append("</p>");
        if (s.note() != null) {
            out.append("<p class=\"note\">").append(Html.escape(s.note())).append("</p>");
        }
        chart(out, s.parts());
        out.append("</section>");
    }

    /** Points earned against points available by part: an SVG drawn with attributes only (no inline style). */
    private void chart(StringBuilder out, Map<String, CheckResult.Part> parts) {
        double max = 0;
        for (CheckResult.Part p : parts.values()) {
            max = Math.max(max, p.weight());
        }
        int rowHeight = 30;
        int height = rowHeight * parts.size() + 8;
        out.append("<figure class=\"chart\"><figcaption>").append(Html.escape(labels.get("chart")))
                .append("</figcaption><svg id=\"score-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"")
                .append(height).append("\" viewBox=\"0 0 480 ").append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(labels.get("chart"))).append("\">");
        int y = 4;
        for (Map.Entry<String, CheckResult.Part> e : parts.entrySet()) {
            CheckResult.Part p = e.getValue();
            double scale = max == 0 ? 0 : 260 / max;
            out.append("<g class=\"bar\" data-part=\"").append(Html.escape(e.getKey())).append("\" data-score=\"")
                    .append(ValueText.number(p.score())).append("\" data-weight=\"").append(ValueText.number(p.weight())).append("\">")
                    .append("<text x=\"0\" y=\"").append(y + 18).append("\">").append(Html.escape(p.label())).append("</text>")
                    .append("<rect class=\"available\" x=\"110\" y=\"").append(y + 4).append("\" height=\"18\" width=\"")
                    .append(ValueText.number(p.weight() * scale)).append("\"/>")
                    .append("<rect class=\"earned\" x=\"110\" y=\"").append(y + 4).append("\" height=\"18\" width=\"")
                    .append(ValueText.number(p.score() * scale)).append("\"/>")
                    .append("<text x=\"").append(ValueText.number(116 + p.weight() * scale)).append("\" y=\"").append(y + 18)
                    .append("\">").append(ValueText.number(p.score())).append(" / ").append(ValueText.number(p.weight())).append("</text></g>");
            y += rowHeight;
        }
        out.append("</svg></figure>");
    }

    private void findings(StringBuilder out, List<FindingView> findings, List<String> why, FindingPlaces places) {
        out.append("<section class=\"findings\" id=\"findings\"><h2>").append(Html.escape(labels.counted("findings", findings.size())))
                .append("</h2><div class=\"filters\">");
        for (String s : SEVERITIES) {
            long n = findings.stream().filter(f -> f.severity().equals(s)).count();
            out.append("<label class=\"sev-").append(s).append("\"><input type=\"checkbox\" class=\"severity-filter\" id=\"show-")
                    .append(s).append("\" value=\"").append(s).append("\" checked> ").append(Html.escape(labels.counted(s, n)))
                    .append("</label> ");
        }
        if (interactive) {
            out.append("<select id=\"rule-filter\" aria-label=\"").append(Html.escape(labels.get("allRules")))
                    .append("\"><option value=\"\">").append(Html.escape(labels.get("allRules"))).append("</option>");
            for (String id : new TreeSet<>(findings.stream().map(FindingView::ruleId).toList())) {
                out.append("<option value=\"").append(Html.escape(id)).append("\">").append(Html.escape(id)).append("</option>");
            }
            out.append("</select>");
        }
        out.append("</div>");
        if (findings.isEmpty()) {
            out.append("<p>").append(Html.escape(labels.get("noFindings"))).append("</p>");
        }
        out.append("<ol class=\"finding-list\">");
        for (int i = 0; i < findings.size(); i++) {
            FindingView f = findings.get(i);
            out.append("<li id=\"f").append(i + 1).append("\" class=\"finding sev-").append(f.severity())
                    .append("\" data-rule=\"").append(Html.escape(f.ruleId())).append("\" data-severity=\"")
                    .append(f.severity()).append("\"><p class=\"finding-head\"><span class=\"badge sev-").append(f.severity())
                    .append("\">").append(Html.escape(labels.get(f.severity()))).append("</span> <code class=\"rule\">")
                    .append(Html.escape(f.ruleId())).append("</code> <b>").append(Html.escape(f.title())).append("</b>");
            if (f.subject() != null) {
                out.append(" · <span class=\"subject\">").append(Html.escape(f.subject())).append("</span>");
            }
            out.append("</p><p class=\"message\">").append(Html.escape(f.message())).append("</p>");
            if (f.recommendation() != null && !f.recommendation().isEmpty()) {
                out.append("<p class=\"recommendation\">").append(Html.escape(labels.leading("recommendation")))
                        .append(Html.escape(f.recommendation())).append("</p>");
            }
            String at = places.firstOf(i);
            if (at != null) {
                out.append("<p class=\"where\"><a class=\"goto\" href=\"#").append(at).append("\">")
                        .append(Html.escape(labels.get("goto"))).append(" ↓</a></p>");
            }
            if (i < why.size()) {
                out.append("<details class=\"why\"><summary>").append(Html.escape(labels.get("why")))
                        .append("</summary><pre>").append(Html.escape(why.get(i))).append("</pre></details>");
            }
            out.append("</li>");
        }
        out.append("</ol></section>");
    }

    private void nearMisses(StringBuilder out, List<String> misses) {
        if (misses.isEmpty()) {
            return;
        }
        out.append("<section class=\"near-misses\" id=\"near-misses\"><details><summary>")
                .append(Html.escape(labels.counted("nearMisses", misses.size()))).append("</summary><pre>");
        misses.forEach(m -> out.append(Html.escape(m)));
        out.append("</pre></details></section>");
    }

    /** The link a marked line or cell carries back to its finding. */
    private String markLink(List<FindingView> findings, int i) {
        FindingView f = findings.get(i);
        return "<a class=\"mark sev-" + f.severity() + "\" data-rule=\"" + Html.escape(f.ruleId()) + "\" href=\"#f"
                + (i + 1) + "\" title=\""
                + Html.escape(labels.get("back") + " · " + f.message()) + "\">" + (i + 1) + " " + Html.escape(f.ruleId())
                + "</a>";
    }

    private void section(StringBuilder out, Section section) {
        out.append("<section class=\"drafted\" id=\"section\"><h2>").append(Html.escape(labels.get("section"))).append("</h2>");
        if (interactive) {
            out.append("<div class=\"section-actions\"><button type=\"button\" id=\"copy-section\">")
                    .append(Html.escape(labels.get("copy"))).append("</button> <label><input type=\"checkbox\" id=\"section-with-ids\"> ")
                    .append(Html.escape(labels.get("withIds"))).append("</label> <button type=\"button\" id=\"download-docx\">")
                    .append(Html.escape(labels.get("downloadDocx"))).append("</button></div>");
        }
        out.append("<pre id=\"section-plain\" class=\"section-text\">").append(Html.escape(section.plain(false).strip()))
                .append("</pre><pre id=\"section-ids\" class=\"section-text\" hidden>")
                .append(Html.escape(section.plain(true).strip())).append("</pre></section>");
    }

    private static String or(String value, String unknown) {
        return value == null || value.isBlank() ? unknown : value;
    }
}
