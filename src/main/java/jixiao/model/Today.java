package jixiao.model;

/** The date a check runs on, as a fact, so that rules about expiry read it rather than the clock. */
public record Today(java.time.LocalDate date) {
}
