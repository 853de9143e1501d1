package jixiao.render;

import jixiao.assemble.CheckResult;

/** The drafted "四、问题及建议" section alone, ready to paste into the report, and the rule set it came from. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(CheckResult result) {
        String section = result.section();
        int firstBreak = section.indexOf('\n');
        // The heading becomes a Markdown heading; the two sub-headings likewise.
        String body = section.substring(firstBreak + 1)
                .replaceFirst("(?m)^(（一）.*|\\(1\\) .*)$", "### $1")
                .replaceFirst("(?m)^(（二）.*|\\(2\\) .*)$", "### $1");
        // The rule set in force rides along as a comment, invisible once pasted.
        // Controls from the report are shown, not passed on to a terminal or a document (TerminalText).
        return TerminalText.escape("## " + section.substring(0, firstBreak) + "\n" + body
                + "<!-- " + result.tool() + " · rules " + result.ruleset().fingerprint() + " -->\n");
    }
}
