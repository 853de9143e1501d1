package jixiao.engine;

import java.util.List;

/**
 * One DRL rule as declared: its name, metadata ({@code @id}, {@code @severity}, {@code @title},
 * {@code @citation}, {@code @kind}), where it stands ({@code rules/x.drl}, line of {@code rule "…"}), the policy
 * keys it reads and the value names it gives its findings.
 */
public record RuleInfo(
        String name, String id, String severity, String title, String citation, String kind, String file, int line,
        List<String> parameters, List<String> valueNames) {

    /**
     * Rules of a {@code @kind} (derive: derived facts; near-miss: how close a threshold came) insert facts; only
     * rules with no kind raise findings.
     */
    public boolean raisesFindings() {
        return kind == null;
    }

    /** The same rule, its file named otherwise (by file name alone in the build's catalogue, by folder in a run). */
    RuleInfo withFile(String name) {
        return new RuleInfo(this.name, id, severity, title, citation, kind, name, line, parameters, valueNames);
    }

    public String place() {
        return file + ":" + line;
    }
}
