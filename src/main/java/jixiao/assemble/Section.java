package jixiao.assemble;

import java.util.List;

/**
 * The drafted 四、问题及建议 section: its parts （一）存在的问题 and （二）相关建议, each item with the rules it comes
 * from. {@link #text()} is the section as check prints it; {@link #plain(boolean)} is what pastes into Word.
 */
public record Section(boolean chinese, String title, List<Part> parts) {

    public record Part(String heading, List<Item> items, String none) {
    }

    public record Item(String text, List<String> ruleIds) {
    }

    /** Each item numbered and ending with its rule ids: 〔IND-UNMET〕, a blank line after each paragraph. */
    public String text() {
        return write(true, "\n\n");
    }

    /** For pasting into Word: one line a paragraph, no blank paragraphs between; rule ids only when asked. */
    public String plain(boolean withIds) {
        return write(withIds, "\n");
    }

    /** An item's rule ids as they close it: 〔A、B〕 or [A, B]. */
    public String ids(Item item) {
        return chinese ? "〔" + String.join("、", item.ruleIds()) + "〕" : " [" + String.join(", ", item.ruleIds()) + "]";
    }

    private String write(boolean withIds, String end) {
        StringBuilder out = new StringBuilder(title).append(end);
        for (Part part : parts) {
            out.append(part.heading()).append(end);
            if (part.items().isEmpty()) {
                out.append(part.none()).append(end);
            }
            int n = 1;
            for (Item item : part.items()) {
                out.append(n++).append(". ").append(item.text()).append(withIds ? ids(item) : "").append(end);
            }
        }
        return out.toString();
    }
}
