package jixiao.extract;

/**
 * A value the extractor left out or read with low confidence.
 *
 * @param pointer JSON pointer of the value in the facts, e.g. {@code /indicators/3/actual}
 * @param what    a Chinese sentence naming what a person must fill in and where to look
 * @param line    the report line to look at, when there is one (a text file's)
 * @param locator the place to look at in a Word, Excel or PDF file (表2 第4行 第5列), when there is one
 * @param lowConfidence true when a value was written but should be checked; false when it was left out
 */
public record ExtractionNote(String pointer, String what, Integer line, String locator, boolean lowConfidence) {

    /** A note while the report is read: {@code line} is a place of {@link ReportText}, resolved when reading ends. */
    public ExtractionNote(String pointer, String what, Integer line, boolean lowConfidence) {
        this(pointer, what, line, null, lowConfidence);
    }

    /** The place to look at, as printed after 报告; null when the note names none. */
    public String place() {
        return locator != null ? locator : line != null ? "第" + line + "行" : null;
    }
}
