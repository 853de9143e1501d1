package jixiao.derived;

import java.util.ArrayList;
import java.util.List;
import jixiao.model.Policy;
import jixiao.model.Statement;
import jixiao.model.Traceable;

/**
 * A sentence of the report that says everything went well ("各项目标全面完成", "没有发现问题") with no word that makes
 * it partial ("除…外", "基本完成", "其余"). The rules hold it against the shortfalls the data shows.
 */
public record Claim(Statement statement, String word, String sentence) implements ReadFrom {

    /** The claims of a paragraph, one a sentence. */
    public static List<Claim> in(Statement s, Policy policy) {
        List<Claim> out = new ArrayList<>();
        if (!TextMatch.containsAny(s.text(), policy.list("review.conclusion.claims"))) {
            return out; // most paragraphs claim nothing: not cut into sentences
        }
        for (String sentence : TextMatch.SENTENCE_END.split(s.text())) {
            String word = TextMatch.firstOf(sentence, policy.list("review.conclusion.claims"));
            if (word != null && !qualified(sentence, policy) && !onNamedItems(sentence, word, policy)) {
                out.add(new Claim(s, word, sentence.strip()));
            }
        }
        return out;
    }

    /** Whether a qualifier (a regular expression of {@code review.conclusion.qualifiers}) makes the claim partial. */
    private static boolean qualified(String sentence, Policy policy) {
        return policy.patterns("review.conclusion.qualifiers").found(sentence);
    }

    /** "数量、质量和时效指标均已完成": a claim on the items it lists, not on all, unless a word says all. */
    private static boolean onNamedItems(String sentence, String word, Policy policy) {
        String before = sentence.substring(0, sentence.indexOf(word));
        return (before.contains("、") || before.contains("和") || before.contains("及"))
                && !TextMatch.containsAny(before, policy.list("review.conclusion.global"));
    }

    /** Subjects of the shortfalls the sentence does not name, in the order given. */
    public List<String> unnamed(List<?> shortfalls, double minShare) {
        List<Shortfall> ordered = new ArrayList<>();
        shortfalls.forEach(o -> ordered.add((Shortfall) o));
        // In the report's order (its indicators first, then the funds), not the order facts were made in.
        ordered.sort(java.util.Comparator.comparingInt(Claim::order).thenComparing(Shortfall::subject));
        List<String> out = new ArrayList<>();
        for (Shortfall s : ordered) {
            // A satisfaction that met the report's own target but not the policy's minimum is no target missed.
            if (s.basis() instanceof IndicatorAssessment a && a.met()) {
                continue;
            }
            if (!TextMatch.mentions(sentence, s.terms(), minShare) && !out.contains(s.subject())) {
                out.add(s.subject());
            }
        }
        return out;
    }

    private static int order(Shortfall s) {
        return s.basis() instanceof IndicatorAssessment a ? a.indicator().index() : Integer.MAX_VALUE;
    }

    @Override
    public Traceable source() {
        return statement;
    }
}
