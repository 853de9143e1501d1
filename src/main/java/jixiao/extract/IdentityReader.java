package jixiao.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who and what the report is about: 主管部门, 项目名称 and year from label lines (项目名称：…), table cells,
 * or the title ("关于 2021 年度外事活动项目支出绩效自评报告") and the department line above it.
 */
final class IdentityReader {

    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A cell or line that is a year alone: "（2023年度）", "2023年". */
    private static final Pattern YEAR_ALONE = Pattern.compile("^[(（\\[【\\s]*((?:19|20)\\d{2})\\s*年度?[)）\\]】\\s]*$");
    private static final Pattern LABEL = Pattern.compile("^[#*\\s]*([^:：|\\t]{2,8})\\s*:\\s*(.+?)\\s*$");

    private final ExtractionPatterns patterns;
    /** What each label names (项目名称 → project), the project's labels first, then the department's, then the year's. */
    private final Map<String, String> keyOfLabel = new java.util.HashMap<>();

    IdentityReader(ExtractionPatterns patterns) {
        this.patterns = patterns;
        for (String key : List.of("project", "department", "year")) {
            for (String label : patterns.identity(key)) {
                keyOfLabel.putIfAbsent(label, key);
            }
        }
    }

    /** department, project, year (Integer), title: each with its source; absent when not found. */
    Map<String, Sourced> read(ReportText text) {
        Map<String, Sourced> out = new LinkedHashMap<>();
        labels(text, out);
        Headings.Heading title = text.headings().stream()
                .filter(h -> h.kind() == SectionKind.TITLE).findFirst().orElse(null);
        if (title != null) {
            ReportText.Line line = text.line(title.line());
            String quote = line.original().strip();
            String t = title.text().strip();
            out.put("title", new Sourced(t, title.line(), quote, null));
            Matcher y = YEAR.matcher(t);
            if (y.find()) {
                out.putIfAbsent("year", new Sourced(Integer.valueOf(y.group(1)), title.line(), quote, null));
                String project = projectOf(t.substring(y.end()));
                if (project != null) {
                    out.putIfAbsent("project", new Sourced(project, title.line(), quote, null));
                }
                String before = t.substring(0, y.start()).replace("关于", "").strip();
                if (isDepartment(before)) {
                    out.putIfAbsent("department", new Sourced(before, title.line(), quote, null));
                }
            }
            departmentAbove(text, line.index(), out);
        }
        return out;
    }

    private void labels(ReportText text, Map<String, Sourced> out) {
        for (ReportText.Line line : text.lines()) {
            jixiao.load.TimeLimit.check();
            TableRows.Row row = text.row(line);
            if (row != null) {
                List<TableRows.Cell> cells = row.cells();
                for (TableRows.Cell c : cells) {
                    yearAlone(c.text(), c.place(), c.original(), out);
                    titleCell(c, out);
                }
                for (int i = 0; i + 1 < cells.size(); i++) {
                    TableRows.Cell value = cells.get(i + 1);
                    label(cells.get(i).text(), value.text(), value.place(),
                            cells.get(i).original() + " " + value.original(), out);
                }
                continue;
            }
            yearAlone(line.norm(), line.number(), line.original().strip(), out);
            if (line.norm().indexOf(':') < 0) {
                continue; // no label line: the pattern needs a colon (full-width ones are half-width here)
            }
            Matcher m = LABEL.matcher(line.norm());
            if (m.find()) {
                label(m.group(1).strip(), m.group(2), line.number(), line.original().strip(), out);
            }
        }
    }

    private void label(String label, String value, int place, String quote, Map<String, Sourced> out) {
        // Every pair of neighbouring cells is tried: the label is looked at before anything is made of the value.
        String key = keyOfLabel.get(label);
        if (key == null) {
            return;
        }
        String v = value.replace("*", "").strip();
        if (v.isEmpty()) {
            return;
        }
        if (!key.equals("year")) {
            out.putIfAbsent(key, new Sourced(v, place, quote, null));
            return;
        }
        Matcher y = YEAR_DIGITS.matcher(v);
        if (y.find()) {
            out.putIfAbsent("year", new Sourced(Integer.valueOf(y.group()), place, quote, null));
        }
    }

    /** A form's title cell: "2023年度…项目支出绩效自评表" gives the year and the project. */
    private void titleCell(TableRows.Cell c, Map<String, Sourced> out) {
        String t = c.text();
        if (t.length() > 60 || !(t.contains("自评表") || Words.anyIn(t, patterns.identity("titleWords")))) {
            return;
        }
        Matcher y = YEAR.matcher(t);
        if (y.find()) {
            out.putIfAbsent("year", new Sourced(Integer.valueOf(y.group(1)), c.place(), c.original(), null));
            String project = projectOf(t.substring(y.end()));
            if (project != null) {
                out.putIfAbsent("project", new Sourced(project, c.place(), c.original(), null));
            }
        }
    }

    private static void yearAlone(String text, int place, String quote, Map<String, Sourced> out) {
        if (out.containsKey("year") || text.length() > 14 || text.indexOf('年') < 0) {
            return;
        }
        Matcher m = YEAR_ALONE.matcher(text.strip());
        if (m.matches()) {
            out.put("year", new Sourced(Integer.valueOf(m.group(1)), place, quote, null));
        }
    }

    private String projectOf(String afterYear) {
        String s = afterYear.strip();
        if (s.startsWith("度")) {
            s = s.substring(1).strip();
        }
        int cut = s.indexOf("绩效");
        if (cut < 0) {
            return null;
        }
        s = s.substring(0, cut).strip();
        for (String suffix : patterns.identity("projectSuffix")) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length()).strip();
                break;
            }
        }
        return s.isEmpty() ? null : s;
    }

    private void departmentAbove(ReportText text, int titleIndex, Map<String, Sourced> out) {
        if (out.containsKey("department")) {
            return;
        }
        for (ReportText.Line line : text.before(titleIndex, titleIndex)) {
            int n = line.number();
            String s = line.norm().replace("#", "").replace("*", "").strip();
            if (s.isEmpty()) {
                continue;
            }
            if (isDepartment(s)) {
                out.put("department", new Sourced(s, n, line.original().strip(), null));
            }
            return;
        }
    }

    private boolean isDepartment(String s) {
        return isDepartment(s, patterns);
    }

    /** An office's name alone: Han characters only, ending as offices' names do (局, 委员会, 中心…). */
    static boolean isDepartment(String s, ExtractionPatterns patterns) {
        return s.length() >= 3 && s.length() <= 30 && TargetReader.hanCount(s) == s.replace(" ", "").length()
                && Words.anyEnding(s, patterns.identity("departmentEndings"));
    }
}
