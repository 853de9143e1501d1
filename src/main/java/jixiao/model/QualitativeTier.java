package jixiao.model;

import java.util.List;

/**
 * One tier of the qualitative scoring method (定性指标三档), best first: the labels that name it, and the share of
 * the weight it earns ({@code max}, the method's score) and allows a self-score down to ({@code min}).
 */
public record QualitativeTier(String name, List<String> labels, double min, double max) {
}
