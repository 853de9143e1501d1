package jixiao.render;

import jixiao.assemble.CheckResult;

/** The drafted "四、问题及建议" section alone, ready to paste into the report. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(CheckResult result) {
        String section = result.section();
        int firstBreak = section.indexOf('\n');
        // The heading becomes a Markdown heading; the two sub-headings likewise.
        String body = section.substring(firstBreak + 1)
                .replaceFirst("(?m)^(（一）.*|\\(1\\) .*)$", "### $1")
                .replaceFirst("(?m)^(（二）.*|\\(2\\) .*)$", "### $1");
        return "## " + section.substring(0, firstBreak) + "\n" + body;
    }
}
