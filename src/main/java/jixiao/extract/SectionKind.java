package jixiao.extract;

/**
 * The parts of a report, in the order a heading is tried against them (the joint 问题及建议 before 问题 alone).
 */
enum SectionKind {
    PROBLEMS_AND_SUGGESTIONS("problemsAndSuggestions", "问题及建议"),
    PROBLEMS("problems", "存在的问题"),
    SUGGESTIONS("suggestions", "相关建议"),
    TARGETS("targets", "绩效目标"),
    COMPLETION("completion", "项目完成情况"),
    BENEFITS("benefits", "项目效益情况"),
    FUNDING("funding", "资金情况"),
    CONCLUSION("conclusion", "评价结论"),
    OVERVIEW("overview", "项目概况"),
    END("end", "附件"),
    TITLE(null, "标题"),
    OTHER(null, "正文");

    private final String yamlKey;
    private final String label;

    SectionKind(String yamlKey, String label) {
        this.yamlKey = yamlKey;
        this.label = label;
    }

    String yamlKey() {
        return yamlKey;
    }

    /** How a note names the part, in Chinese. */
    String label() {
        return label;
    }
}
