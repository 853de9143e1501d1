package jixiao.model;

/**
 * Asks for near misses: inserted only by {@code explain --near-misses}, so that an ordinary check does not
 * evaluate rules whose result it does not show.
 */
public record NearMissRequest() {
}
