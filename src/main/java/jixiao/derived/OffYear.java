package jixiao.derived;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.model.Indicator;
import jixiao.model.Traceable;

/** An indicator dated in another year than the report's ("2020年12月底前完成" in a 2021 report). */
public record OffYear(Indicator indicator, int year, String text) implements ReadFrom {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");

    /** The first year other than {@code reportYear} the indicator's name or values name; null when none. */
    public static OffYear of(Indicator i, int reportYear) {
        for (String text : new String[] {i.name(), i.target().text(), i.actual().text()}) {
            if (text == null || text.indexOf('年') < 0) {
                continue;
            }
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                // "较2023年增长": the year a change is measured from, not a date of the indicator.
                String before = text.substring(Math.max(0, m.start() - 2), m.start());
                if (y != reportYear && !before.contains("较") && !before.contains("比")) {
                    return new OffYear(i, y, text);
                }
            }
        }
        return null;
    }

    @Override
    public Traceable source() {
        return indicator;
    }
}
