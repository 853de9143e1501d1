package jixiao.derived;

import jixiao.model.Traceable;

/**
 * A text of the report that holds a word of a policy list {@code review.<topic>.words}: a survey (调查, 问卷) for
 * topic {@code survey}, a budget adjustment (调整, 追加) for {@code adjustment}. Rules ask whether any exists.
 */
public record WordMention(String topic, String word, Traceable where) implements ReadFrom {

    /** A mention of the topic in the text, or null. */
    public static WordMention of(String topic, String text, Traceable where, jixiao.model.Policy policy) {
        if (text == null || !TextMatch.containsAny(text, policy.list("review." + topic + ".words"))) {
            return null;
        }
        // With a list review.<topic>.near, the word counts only in a sentence that also holds one of those.
        boolean near = policy.node("review." + topic + ".near").isArray();
        for (String sentence : near ? TextMatch.SENTENCE_END.split(text) : new String[] {text}) {
            String word = TextMatch.firstOf(sentence, policy.list("review." + topic + ".words"));
            if (word != null && (!near || TextMatch.containsAny(sentence, policy.list("review." + topic + ".near")))) {
                return new WordMention(topic, word, where);
            }
        }
        return null;
    }

    /** All an indicator's own words: its name, values, subject and reason (a survey may be named in any). */
    public static String textsOf(jixiao.model.Indicator i) {
        return String.join(" ", java.util.Arrays.asList(i.name(), i.target().text(), i.actual().text(),
                i.subject(), i.deviationReason()).stream().filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public Traceable source() {
        return where;
    }
}
