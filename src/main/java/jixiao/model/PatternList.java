package jixiao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions of the policy (template prompts, claim qualifiers), searched in every text of every report.
 * Each keeps a word it cannot match without ("字以内" of "（200字以内）"), so that a text without that word is passed
 * over at the cost of an indexOf, not a regular-expression search; a pattern with no such word is always searched.
 */
public final class PatternList {

    private final List<Pattern> patterns;
    private final List<String> required;

    public PatternList(List<String> regexes) {
        List<Pattern> ps = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String r : regexes) {
            ps.add(Pattern.compile(r));
            words.add(requiredWord(r));
        }
        this.patterns = List.copyOf(ps);
        this.required = words;
    }

    /** The first match that {@code accept} takes, pattern by pattern in the listed order; null for none. */
    public MatchResult first(String text, Predicate<MatchResult> accept) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < patterns.size(); i++) {
            String word = required.get(i);
            if (word != null && !text.contains(word)) {
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                if (accept.test(m)) {
                    return m.toMatchResult();
                }
            }
        }
        return null;
    }

    public boolean found(String text) {
        return first(text, m -> true) != null;
    }

    public boolean matchesWhole(String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest run of plain characters every match must contain, or null when the expression may match without
     * any (an alternation at its top, or no plain run of two characters or more).
     */
    static String requiredWord(String regex) {
        int depth = 0;
        boolean inClass = false;
        StringBuilder run = new StringBuilder();
        String best = null;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean plain = false;
            if (c == '\\') {
                i++; // an escape is never plain: \d, \s, \( …
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return null;
            } else if ("^$.*+?{}|".indexOf(c) < 0 && depth == 0) {
                // A character followed by a quantifier may be absent or repeated: it ends the run, unjoined.
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                plain = "*?{".indexOf(next) < 0;
                if (plain && next == '+') {
                    plain = true;
                }
            }
            if (plain) {
                run.append(c);
            } else {
                if (run.length() >= 2 && (best == null || run.length() > best.length())) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() >= 2 && (best == null || run.length() > best.length())) {
            best = run.toString();
        }
        return best;
    }
}
