package jixiao.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.load.RuleSet;
import jixiao.load.RuleSource;
import org.kie.api.builder.Message;

/**
 * A Drools compiler message made readable: {@code rules/x.drl:LINE:COL: rule "…": what is wrong}. Drools names
 * the line a pattern starts on; where it quotes the faulty expression, the line and column of the expression
 * itself are found in the file.
 */
final class CompileProblem {

    private static final Pattern EXPRESSION = Pattern.compile("Unable to [Aa]naly[sz]e [Ee]xpression '?([^'\\n]+?)'?:?\\s*(\\n|$)");
    private static final Pattern UNRESOLVED =
            Pattern.compile("unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)");
    private static final Pattern RULE = Pattern.compile("\\[Rule name='([^']+)'\\]");
    private static final int SEARCH_LINES = 40;

    private CompileProblem() {
    }

    static String describe(RuleSet ruleSet, Message m) {
        String path = m.getPath() == null ? "" : m.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        RuleSource source = ruleSet.drl().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        String file = source == null ? ruleSet.dir().resolve(name).toString() : source.path().toString();
        String text = m.getText() == null ? "" : m.getText();
        int line = m.getLine();
        int column = m.getColumn();
        String what = firstLine(text);
        Matcher expression = EXPRESSION.matcher(text);
        Matcher unresolved = UNRESOLVED.matcher(text);
        String needle = null;
        if (unresolved.find()) {
            needle = unresolved.group(2);
            what = "unknown property or method '" + needle + "' of " + unresolved.group(1)
                    + (expression.find() ? " in '" + expression.group(1).strip() + "'" : "");
        } else if (expression.find()) {
            needle = expression.group(1).strip();
        }
        if (needle != null && source != null && line > 0) {
            int[] at = find(source.text(), needle, line);
            if (at != null) {
                line = at[0];
                column = at[1];
            }
        }
        Matcher rule = RULE.matcher(text);
        String prefix = rule.find() ? "rule \"" + rule.group(1) + "\": " : "";
        String place = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        return place + ": " + prefix + what;
    }

    /** Line and column (1-based) of the first whole-word occurrence of {@code needle} from {@code fromLine}. */
    private static int[] find(String text, String needle, int fromLine) {
        String[] lines = text.split("\n", -1);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(needle) + "(?![\\w$])");
        for (int i = fromLine - 1; i >= 0 && i < lines.length && i < fromLine - 1 + SEARCH_LINES; i++) {
            Matcher m = word.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + 1};
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).replaceAll(":$", "").strip();
    }
}
