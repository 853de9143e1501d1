package jixiao.engine;

/**
 * One DRL rule as declared: its name, metadata ({@code @id}, {@code @severity}, {@code @title},
 * {@code @citation}, {@code @kind}) and where it stands ({@code rules/x.drl}, line of {@code rule "…"}).
 */
public record RuleInfo(
        String name, String id, String severity, String title, String citation, String kind, String file, int line) {

    /** Derivation rules insert derived facts; only the others raise findings. */
    public boolean isDerivation() {
        return "derive".equals(kind);
    }
}
