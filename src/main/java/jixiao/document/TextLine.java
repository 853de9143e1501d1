package jixiao.document;

/** A line of text: a line of a text or PDF file, or a whole paragraph of a Word file. Blank lines are kept. */
public record TextLine(String text, Locator at) implements Block {
}
