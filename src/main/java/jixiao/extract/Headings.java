package jixiao.extract;

import jixiao.document.TextForms;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a heading from body text in every usual shape ("一、", "（一）", "(二)", "1.", Markdown {@code #} or
 * {@code **…**}, or a short plain line naming a section) and names the section it opens.
 */
final class Headings {

    /** A heading line: its section (null when it names none), numbering depth, and body text after a colon. */
    record Heading(int line, String text, SectionKind kind, int level, int contentStart) {
    }

    private static final Pattern MARKUP = Pattern.compile("^[#>\\s]*(\\*\\*)?\\s*");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[、.]|\\(([一二三四五六七八九十]+)\\)|(\\d{1,2})[.、](?!\\d)|\\((\\d{1,2})\\))\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\)|[一二三四五六七八九十]+是)");

    private final ExtractionPatterns patterns;

    Headings(ExtractionPatterns patterns) {
        this.patterns = patterns;
    }

    /** A body line that starts a new item (1. / (1) / 一是): it is never joined to the line before. */
    static boolean startsListItem(String norm) {
        return LIST_ITEM.matcher(norm.strip().replace("*", "")).find();
    }

    /** The heading this (half-width) line is, or null for body text. */
    Heading read(int lineNumber, String norm) {
        Matcher markup = MARKUP.matcher(norm);
        markup.find();
        boolean markdown = norm.stripLeading().startsWith("#");
        int start = markup.end();
        String rest = norm.substring(start);
        boolean bold = markup.group(1) != null && rest.stripTrailing().endsWith("**");
        rest = rest.replace("*", "");
        Matcher num = NUMBERING.matcher(rest);
        int level = 1;
        boolean numbered = num.find();
        String body = rest;
        int bodyStart = start;
        if (numbered) {
            level = num.group(1) != null ? 1 : num.group(2) != null ? 2 : num.group(3) != null ? 3 : 4;
            body = rest.substring(num.end());
            bodyStart = start + num.end();
        }
        body = body.strip();
        if (body.isEmpty()) {
            return null;
        }
        // "存在问题：……" — a section label and its body on one line.
        int colon = body.indexOf(':');
        if (colon > 1 && colon <= 12 && colon < body.length() - 1) {
            String before = body.substring(0, colon);
            SectionKind kind = classify(before);
            // "存在问题：……" opens a section; "补贴资金发放时限：……" only holds the word 资金.
            if (kind != null && noPunctuation(before)
                    && Words.anyEnding(before.strip(), patterns.sections().get(kind))) {
                return new Heading(lineNumber, body.substring(0, colon), kind, level,
                        norm.indexOf(':', bodyStart) + 1);
            }
        }
        if (colon > 0 && colon < body.length() - 1) {
            return null; // "1. 培训人数：不少于500人": an item of a list, its label and its content
        }
        String label = body.endsWith(":") ? body.substring(0, body.length() - 1) : body;
        if (label.isBlank()) {
            return null; // a line of a colon alone ("## ："): nothing to name a section by
        }
        char last = label.charAt(label.length() - 1);
        boolean sentence = TextForms.isClauseEnd(last) || label.contains("。");
        if (isTitle(label) && !label.contains("。") && label.length() <= 60) {
            return new Heading(lineNumber, label, SectionKind.TITLE, 0, -1);
        }
        SectionKind kind = classify(label);
        boolean heading = ((markdown || bold) && !sentence && label.length() <= 40)
                || (numbered && !sentence && label.length() <= 30)
                || (!numbered && kind != null && noPunctuation(label) && label.length() <= 20);
        if (!heading) {
            return null;
        }
        if (kind == SectionKind.END && !label.startsWith(firstWord(SectionKind.END, label))) {
            kind = null;
        }
        return new Heading(lineNumber, label, kind, numbered ? level : 1, -1);
    }

    boolean isTitle(String label) {
        return Words.anyIn(label, patterns.identity("titleWords"));
    }

    /** The first section (in {@link SectionKind} order) one of whose words the label holds. */
    SectionKind classify(String label) {
        for (Map.Entry<SectionKind, List<String>> e : patterns.sections().entrySet()) {
            if (Words.anyIn(label, e.getValue())) {
                // "绩效目标完成情况" holds results: what was done, not what was planned.
                if (e.getKey() == SectionKind.TARGETS
                        && Words.anyIn(label, patterns.sections().get(SectionKind.COMPLETION))) {
                    return SectionKind.COMPLETION;
                }
                return e.getKey();
            }
        }
        return null;
    }

    /** A line that opens with an end word (附件：…) ends the narrative even when it is no heading. */
    boolean isEnd(String norm) {
        String s = norm.strip().replace("*", "");
        return Words.anyStarting(s, patterns.sections().get(SectionKind.END));
    }

    private String firstWord(SectionKind kind, String label) {
        String w = Words.firstIn(label, patterns.sections().get(kind));
        return w == null ? "" : w;
    }

    private static boolean noPunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextForms.isClauseEnd(c) || c == '、' || c == '.') {
                return false;
            }
        }
        return true;
    }
}
