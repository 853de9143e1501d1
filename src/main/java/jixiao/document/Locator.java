package jixiao.document;

/**
 * Where a piece of a report stands, in the words a reviewer would look it up by: a line of a text file
 * ({@code line}), or a label such as {@code 第3页第12行} (PDF), {@code 第12段} or {@code 表2 第4行 第5列} (Word),
 * {@code 自评表!F7} (Excel).
 */
public record Locator(Integer line, String label) {

    public static Locator line(int line) {
        return new Locator(line, null);
    }

    public static Locator label(String label) {
        return new Locator(null, label);
    }

    /** The place as printed after 报告: 第12行, 第3页第12行, 表2 第4行 第5列. */
    public String text() {
        return label != null ? label : "第" + line + "行";
    }
}
