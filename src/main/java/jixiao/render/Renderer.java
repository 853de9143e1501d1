package jixiao.render;

import jixiao.assemble.CheckResult;

/** One output format of a check result ({@code --format}). */
public interface Renderer {

    String render(CheckResult result);

    static Renderer forFormat(Format format, String language) {
        return switch (format) {
            case TEXT -> new TextRenderer(language);
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer();
        };
    }

    /** The formats {@code --format} accepts. */
    enum Format {
        TEXT, JSON, MARKDOWN
    }
}
