package jixiao.document;

/** A part of a report as read: a line of text (a paragraph of a Word file) or a table. */
public sealed interface Block permits TextLine, Table {
}
