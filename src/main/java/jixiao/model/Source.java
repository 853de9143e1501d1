package jixiao.model;

/** Where a value came from in the published report: its line and the quoted text (出处). */
public record Source(Integer line, String quote, String note) {
}
