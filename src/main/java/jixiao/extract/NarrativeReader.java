package jixiao.extract;

import jixiao.document.TextForms;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the problems (存在的问题) and suggestions (相关建议, 改进措施): one item per numbered item, else one
 * per sentence. Under a joint 问题及建议 heading, a sentence opening with a suggestion word is a suggestion.
 */
final class NarrativeReader {

    /** Items of each list, as sources whose value is the item's text. */
    /** {@code leftOut}: lines of the sections that are no item (a date, a prompt left in, a signature). */
    record Items(List<Sourced> problems, List<Sourced> suggestions, boolean problemsRead, boolean suggestionsRead,
                 List<Sourced> leftOut) {
    }

    /** "无。", "暂无": the section says there is nothing, which is what the report states. */
    private static final Pattern NONE = Pattern.compile("(?:无|暂无|没有|无问题|无建议|不存在问题)[。.]?");

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\))\\s*");

    /** A sentence's end followed by the next item's number: "。2." */
    private static final Pattern INLINE_MARKER = Pattern.compile("[。;](?:\\s*)(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\))\\s*");

    private final ExtractionPatterns patterns;

    NarrativeReader(ExtractionPatterns patterns) {
        this.patterns = patterns;
    }

    Items read(List<Passage> passages) {
        List<Sourced> problems = new ArrayList<>();
        List<Sourced> suggestions = new ArrayList<>();
        List<Sourced> leftOut = new ArrayList<>();
        boolean problemsRead = false;
        boolean suggestionsRead = false;
        for (Passage p : passages) {
            jixiao.load.TimeLimit.check();
            SectionKind s = p.section();
            if (s != SectionKind.PROBLEMS && s != SectionKind.SUGGESTIONS && s != SectionKind.PROBLEMS_AND_SUGGESTIONS) {
                continue;
            }
            for (Sourced item : items(p)) {
                if (NONE.matcher(item.value().toString().strip()).matches()) {
                    problemsRead |= s != SectionKind.SUGGESTIONS;
                    suggestionsRead |= s == SectionKind.SUGGESTIONS;
                    continue;
                }
                if (isNoItem(item.value().toString())) {
                    leftOut.add(item);
                    continue;
                }
                boolean suggestion = s == SectionKind.SUGGESTIONS || s == SectionKind.PROBLEMS_AND_SUGGESTIONS
                        && Words.anyStarting(item.value().toString(), patterns.suggestionOpeners());
                (suggestion ? suggestions : problems).add(item);
            }
        }
        return new Items(problems, suggestions, problemsRead || !problems.isEmpty(),
                suggestionsRead || !suggestions.isEmpty(), leftOut);
    }

    /** A date, a form's prompt, a signature: no problem or suggestion. */
    private boolean isNoItem(String text) {
        String t = TextForms.halfWidth(text).strip();
        for (Pattern p : patterns.notItems()) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return IdentityReader.isDepartment(t, patterns); // a signature
    }

    private List<Sourced> items(Passage p) {
        String text = p.text();
        Matcher m = MARKER.matcher(text);
        List<Sourced> out = new ArrayList<>();
        if (m.find()) {
            // "1.…。2.…" in one box: each numbered item after a sentence's end is an item of its own.
            int start = m.end();
            Matcher inner = INLINE_MARKER.matcher(text);
            int from = start;
            while (inner.find(from)) {
                out.add(item(p, start, inner.start() + 1));
                start = inner.end();
                from = start;
            }
            out.add(item(p, start, text.length()));
            return out;
        }
        for (Spans.Span s : Spans.sentences(text)) {
            int end = s.end() < text.length() && TextForms.isSentenceEnd(text.charAt(s.end())) ? s.end() + 1 : s.end();
            out.add(item(p, s.start(), end));
        }
        return out;
    }

    private static Sourced item(Passage p, int start, int end) {
        Sourced src = p.source(null, start, end);
        String t = src.quote().replace("*", "").strip();
        return src.withValue(t);
    }
}
