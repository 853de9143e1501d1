package jixiao.model;

import java.util.List;

/** One item the report itself lists under 存在的问题 or 相关建议. */
public record NarrativeItem(Section section, int index, String text, Source source) implements Traceable {
    // Mentions join on this fact: identity keeps the join from hashing a whole record tree, and two with the
    // same values are still two.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }


    public enum Section {
        PROBLEM("problems", "问题"),
        SUGGESTION("suggestions", "建议");

        private final String field;
        private final String label;

        Section(String field, String label) {
            this.field = field;
            this.label = label;
        }

        public String field() {
            return field;
        }

        public String label() {
            return label;
        }
    }

    public String pointer() {
        return "/" + section.field() + "/" + index;
    }

    /** "建议1", "问题2": how the item is named in a finding. */
    public String label() {
        return section.label() + (index + 1);
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
