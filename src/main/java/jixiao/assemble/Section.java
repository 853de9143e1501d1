package jixiao.assemble;

import java.util.List;

/**
 * The drafted 四、问题及建议 section: its parts （一）存在的问题 and （二）相关建议, each item with the rules it comes
 * from. {@link #text()} is the section as check prints it; {@link #plain()} is what pastes into Word.
 */
public record Section(boolean chinese, String title, List<Part> parts) {

    public record Part(String heading, List<Item> items, String none) {
    }

    public record Item(String text, List<String> ruleIds) {
    }

    /** Each item numbered and ending with its rule ids: 〔IND-UNMET〕. */
    public String text() {
        return write(true);
    }

    /** As {@link #text()} without the rule ids. */
    public String plain() {
        return write(false);
    }

    /** An item's rule ids as they close it: 〔A、B〕 or [A, B]. */
    public String ids(Item item) {
        return chinese ? "〔" + String.join("、", item.ruleIds()) + "〕" : " [" + String.join(", ", item.ruleIds()) + "]";
    }

    private String write(boolean withIds) {
        StringBuilder out = new StringBuilder(title).append("\n\n");
        for (Part part : parts) {
            out.append(part.heading()).append("\n\n");
            if (part.items().isEmpty()) {
                out.append(part.none()).append("\n\n");
            }
            int n = 1;
            for (Item item : part.items()) {
                out.append(n++).append(". ").append(item.text()).append(withIds ? ids(item) : "").append("\n\n");
            }
        }
        return out.toString();
    }
}
