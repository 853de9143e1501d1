package jixiao.model;

import java.util.List;

/**
 * One paragraph of the report's prose outside 问题及建议, with the part of the report it stands in: the 年度总体目标,
 * the 实际完成情况, a 评价结论… Rules read what it claims (全面完成), what it grounds (a satisfaction survey) and
 * the amounts it names. {@code inTable}: read from a box or row of a table (the form's 年度总体目标, a table of no known
 * kind) rather than from the report's running text.
 */
public record Statement(int index, Part part, String text, Source source, boolean inTable) implements Traceable {

    /** The parts of a report a paragraph can stand in, as the facts file names them. */
    public enum Part {
        OVERVIEW("overview", "项目概况"),
        GOAL("goal", "年度总体目标"),
        RESULTS("results", "实际完成情况"),
        BENEFITS("benefits", "项目效益情况"),
        FUNDING("funding", "资金情况"),
        CONCLUSION("conclusion", "评价结论"),
        OTHER("other", "正文");

        private final String key;
        private final String label;

        Part(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        /** For rules: {@code part.key}. */
        public String getKey() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Part fromKey(String key) {
            for (Part p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            return OTHER;
        }
    }

    // Claims and amounts join on this fact: identity, as for NarrativeItem.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public String pointer() {
        return "/statements/" + index;
    }

    /** From the running text: rules that judge what the text leaves out need some of it. */
    public boolean isProse() {
        return !inTable;
    }

    /** The report gives this part but leaves it empty. */
    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    @Override
    public List<String> pointers() {
        return List.of(pointer());
    }

    @Override
    public List<Measure> evidence() {
        return source == null ? List.of() : List.of(new Measure(null, text, pointer(), source));
    }
}
