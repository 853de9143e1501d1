package jixiao.render;

import jixiao.assemble.CheckResult;

/** One output format of a check result ({@code --format}). */
public interface Renderer {

    String render(CheckResult result);

    /** {@code rules}: the rule set in force, which SARIF lists whole. */
    static Renderer forFormat(Format format, String language, jixiao.engine.RuleBase rules) {
        return switch (format) {
            case TEXT -> new TextRenderer(language);
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case SARIF -> new SarifRenderer(rules.catalog().rules(), rules.ruleSet().messages(language));
        };
    }

    /** The formats {@code --format} accepts. */
    enum Format {
        TEXT, JSON, MARKDOWN, SARIF
    }
}
