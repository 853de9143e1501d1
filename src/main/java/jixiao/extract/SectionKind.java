package jixiao.extract;

/**
 * The parts of a report, in the order a heading is tried against them (the joint 问题及建议 before 问题 alone).
 */
enum SectionKind {
    PROBLEMS_AND_SUGGESTIONS("problemsAndSuggestions", "问题及建议", null),
    PROBLEMS("problems", "存在的问题", null),
    SUGGESTIONS("suggestions", "相关建议", null),
    TARGETS("targets", "绩效目标", "goal"),
    COMPLETION("completion", "项目完成情况", "results"),
    BENEFITS("benefits", "项目效益情况", "benefits"),
    FUNDING("funding", "资金情况", "funding"),
    CONCLUSION("conclusion", "评价结论", "conclusion"),
    OVERVIEW("overview", "项目概况", "overview"),
    END("end", "附件", "other"),
    TITLE(null, "标题", null),
    OTHER(null, "正文", "other");

    private final String yamlKey;
    private final String label;
    private final String statementPart;

    SectionKind(String yamlKey, String label, String statementPart) {
        this.yamlKey = yamlKey;
        this.label = label;
        this.statementPart = statementPart;
    }

    /** The part a paragraph here stands in, as the facts' {@code statements} name it; null for 问题及建议 and titles. */
    String statementPart() {
        return statementPart;
    }

    String yamlKey() {
        return yamlKey;
    }

    /** How a note names the part, in Chinese. */
    String label() {
        return label;
    }
}
