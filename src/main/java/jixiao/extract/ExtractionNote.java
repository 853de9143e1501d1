package jixiao.extract;

/**
 * A value the extractor left out or read with low confidence.
 *
 * @param pointer JSON pointer of the value in the facts, e.g. {@code /indicators/3/actual}
 * @param what    a Chinese sentence naming what a person must fill in and where to look
 * @param line    the report line to look at, when there is one
 * @param lowConfidence true when a value was written but should be checked; false when it was left out
 */
public record ExtractionNote(String pointer, String what, Integer line, boolean lowConfidence) {
}
