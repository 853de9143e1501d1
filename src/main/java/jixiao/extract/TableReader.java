package jixiao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the self-evaluation table (项目支出绩效自评表), national or Sichuan form, in Markdown or flattened to
 * text: the 项目资金 row (预算数, 执行数, 执行率, 分值, 得分) and one indicator per 三级指标 row, with its
 * 指标性质 and 度量单位 where the form has them. Columns are found by their header words.
 */
final class TableReader {

    /** What the tables held. */
    record Result(List<IndicatorDraft> indicators, Map<String, Sourced> funding, List<Source> sources,
                  List<Box> boxes, Sourced total, int cutShort) {

        /** These results with {@code other}'s where it has them: its indicators, funding values and total. */
        Result overriddenBy(Result other) {
            Map<String, Sourced> money = new LinkedHashMap<>(funding);
            money.putAll(other.funding());
            return new Result(other.indicators().isEmpty() ? indicators : other.indicators(), money,
                    other.sources().isEmpty() ? sources : other.sources(),
                    other.boxes().isEmpty() ? boxes : other.boxes(),
                    other.total() != null ? other.total() : total,
                    other.indicators().isEmpty() ? cutShort : other.cutShort());
        }
    }

    /** A row under the funds total (其中：财政拨款…): its name and the money columns it gives, in 万元. */
    record Source(String name, Map<String, Sourced> money) {
    }

    /**
     * A box of the form's 年度总体目标 ({@code part} goal or results), or a row of a table of no known kind (part
     * other), and its text where it stands: prose for the rules.
     */
    record Box(String part, Sourced text) {
    }

    private final ExtractionPatterns patterns;
    private final Quantities quantities;
    private final Categories categories;
    /** The place of an indicator row cut short before its values, in the tables being read; -1 for none. */
    private int cutShort = -1;

    TableReader(ExtractionPatterns patterns, Quantities quantities) {
        this.patterns = patterns;
        this.quantities = quantities;
        this.categories = new Categories(patterns);
    }

    Result read(ReportText text) {
        return read(text, 0, text.tables().size());
    }

    /** The tables numbered {@code from} (inclusive) to {@code to} (exclusive). */
    Result read(ReportText text, int from, int to) {
        cutShort = -1;
        List<IndicatorDraft> indicators = new ArrayList<>();
        Map<String, Sourced> funding = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        Map<String, Integer> boxColumns = null;
        Sourced total = null;
        List<List<TableRows.Row>> tables = text.tables();
        Map<String, Integer> columns = null;
        boolean indicatorHeader = false;
        BigDecimal toWanYuan = BigDecimal.ONE;
        String level1 = null;
        String level2 = null;
        int width = -1;
        for (int k = from; k < to; k++) {
            List<TableRows.Row> table = tables.get(k);
            // A table going on from the one before (a page broke it, its header not repeated) keeps its columns.
            boolean goesOn = width > 0 && !table.isEmpty() && table.get(0).cells().size() == width
                    && !isHeader(compact(table.get(0)));
            if (!goesOn) {
                boxColumns = null;
                columns = null;
                indicatorHeader = false;
                toWanYuan = BigDecimal.ONE;
                level1 = null;
                level2 = null;
            }
            width = table.isEmpty() ? -1 : table.get(table.size() - 1).cells().size();
            int boxesBefore = boxes.size();
            boolean known = goesOn && columns != null;
            for (TableRows.Row row : table) {
                jixiao.load.TimeLimit.check();
                List<String> compact = compact(row);
                // Most rows are data: a row that names no key column is no header, and is not matched word by word.
                Map<String, Integer> ind = names(compact, patterns.indicatorColumns(), INDICATOR_KEYS)
                        ? header(compact, patterns.indicatorColumns()) : Map.of();
                Map<String, Integer> fund = names(compact, patterns.fundingColumns(), FUNDING_KEYS)
                        ? header(compact, patterns.fundingColumns()) : Map.of();
                if (ind.keySet().containsAll(INDICATOR_KEYS) && ind.size() >= 3) {
                    columns = ind;
                    indicatorHeader = true;
                    boxColumns = null;
                    known = true;
                    continue;
                }
                if (fund.size() >= 2 && FUNDING_KEYS.stream().anyMatch(fund::containsKey)) {
                    columns = fund;
                    indicatorHeader = false;
                    boxColumns = null;
                    known = true;
                    toWanYuan = moneyFactor(text, text.tableStart(k), row);
                    continue;
                }
                Map<String, Integer> box = boxColumns(row);
                if (box != null) {
                    boxColumns = box;
                    continue;
                }
                if (boxColumns != null && boxes(row, boxColumns, boxes)) {
                    continue;
                }
                boxColumns = null;
                if (total == null && isTotalRow(row)) {
                    total = totalOf(row, columns);
                    continue;
                }
                if (columns == null) {
                    continue;
                }
                if (!indicatorHeader) {
                    if (!funding.isEmpty() && sourceRow(row, columns, toWanYuan, sources)) {
                        continue;
                    }
                    fundingRow(row, columns, toWanYuan, funding);
                    continue;
                }
                if (hasCell(row, "合计") || hasCell(row, "小计")) {
                    continue; // a subtotal of the indicators' points: no indicator, and not the report's total
                }
                TableRows.Row aligned = padMerged(row, columns);
                String section = sectionRow(row);
                if (section != null) {
                    // "| **产出指标** | | |" or a line of its own: the 一级 (or 二级) of the rows below it.
                    String l1 = level1Of(section);
                    if (l1 != null && section.replace(" ", "").length() <= 6) {
                        level1 = l1;
                        level2 = null;
                    } else {
                        level2 = section;
                    }
                    continue;
                }
                String l1 = level1Of(aligned.cell(columns.getOrDefault("level1", -1)).text());
                String rawL1 = aligned.cell(columns.getOrDefault("level1", -1)).text();
                if (l1 == null && !rawL1.isBlank()) {
                    continue;
                }
                if (l1 != null && !l1.equals(level1)) {
                    level1 = l1;
                    level2 = null;
                }
                String l2 = aligned.cell(columns.getOrDefault("level2", -1)).text();
                if (!l2.isBlank()) {
                    level2 = l2;
                }
                IndicatorDraft d = indicator(aligned, columns, level1, level2);
                if (d != null) {
                    indicators.add(d);
                } else {
                    TableRows.Cell name = aligned.cell(columns.getOrDefault("name", -1));
                    if (!name.isBlank() && isPlaceholder(name.text())) {
                        // "指标1": the template's row left in; no indicator, but the reviewer rules see it.
                        boxes.add(new Box("other", name.source(name.original())));
                    }
                }
            }
            if (!known && boxes.size() == boxesBefore) {
                // A table of no known kind (a survey's results, a list of works): its rows are prose to the rules.
                for (TableRows.Row row : table) {
                    jixiao.load.TimeLimit.check();
                    StringBuilder prose = new StringBuilder();
                    row.cells().forEach(c -> prose.append(c.original().strip()).append(c.isBlank() ? "" : " "));
                    if (!prose.toString().isBlank()) {
                        boxes.add(new Box("other", new Sourced(null, row.line(), prose.toString().strip(), null)));
                    }
                }
            }
        }
        return new Result(indicators, funding, List.copyOf(sources), List.copyOf(boxes), total, cutShort);
    }

    private static boolean hasCell(TableRows.Row row, String text) {
        for (TableRows.Cell c : row.cells()) {
            if (c.text().replace(" ", "").equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a row that holds one cell alone naming a category (产出指标, 数量指标), or null. */
    private String sectionRow(TableRows.Row row) {
        String only = null;
        for (TableRows.Cell c : row.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = c.text().strip();
            }
        }
        if (only == null || only.length() > 12 || !only.endsWith("指标") && level1Of(only) == null) {
            return null;
        }
        return level1Of(only) != null || only.endsWith("指标") ? only : null;
    }

    /** Whether the row is a header of an indicator or a funding table. */
    private boolean isHeader(List<String> compact) {
        return names(compact, patterns.indicatorColumns(), INDICATOR_KEYS)
                && header(compact, patterns.indicatorColumns()).size() >= 3
                || names(compact, patterns.fundingColumns(), FUNDING_KEYS)
                && header(compact, patterns.fundingColumns()).size() >= 2;
    }

    /** Column index of each field this row names in its cells; empty when the row is no header. */
    private static Map<String, Integer> header(List<String> cells, Map<String, List<String>> fields) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String best = null;
            int bestLength = 0;
            for (Map.Entry<String, List<String>> f : fields.entrySet()) {
                for (String w : f.getValue()) {
                    if (cell.contains(w) && w.length() > bestLength) {
                        best = f.getKey();
                        bestLength = w.length();
                    }
                }
            }
            if (best != null && !out.containsKey(best)) {
                out.put(best, i);
            }
        }
        return out;
    }

    /** The column an indicator table's header must name, and those of which a funding table's must name one. */
    private static final List<String> INDICATOR_KEYS = List.of("name");
    private static final List<String> FUNDING_KEYS = List.of("budget", "spent", "adjustedBudget");

    /** Whether some cell holds a header word of one of {@code keys}: a header must name one of them. */
    private static boolean names(List<String> cells, Map<String, List<String>> fields, List<String> keys) {
        for (String key : keys) {
            for (String w : fields.getOrDefault(key, List.of())) {
                for (String cell : cells) {
                    if (cell.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Each cell's text without spaces, as header words are matched (预算 数 is 预算数). */
    private static List<String> compact(TableRows.Row row) {
        List<String> out = new ArrayList<>(row.cells().size());
        for (TableRows.Cell c : row.cells()) {
            out.add(c.text().indexOf(' ') < 0 ? c.text() : c.text().replace(" ", ""));
        }
        return out;
    }

    /** A date as a target: 2023年9月底前, 2023年12月31日前, 12月底前. */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "^[≥≤<>=]?(?:(?:19|20)\\d{2}年)?\\d{1,2}月(?:\\d{1,2}日)?|^[≥≤<>=]?(?:19|20)\\d{2}年(?:底|末|前|以前|之前|内)");

    /** 无, /, - or — alone: the form's way of saying there is no deviation to explain. */
    private static final java.util.regex.Pattern NO_REASON = java.util.regex.Pattern.compile("[无/\\-—]+");

    /**
     * A flattened row loses its merged cells: with fewer cells than the header, the row is shifted right past
     * the 一级/二级 cells it does not repeat.
     */
    private TableRows.Row padMerged(TableRows.Row row, Map<String, Integer> columns) {
        int width = 1;
        for (int column : columns.values()) {
            width = Math.max(width, column + 1);
        }
        int missing = width - row.cells().size();
        if (missing <= 0 || !columns.containsKey("level1")) {
            return row;
        }
        String first = row.cell(0).text();
        if (first.isBlank()) {
            return row; // merged cells kept as blanks: the row is in place, only cut short at its end
        }
        int shift = level1Of(first) != null ? 0 : first.endsWith("指标") ? 1 : 2;
        shift = Math.min(shift, missing);
        List<TableRows.Cell> cells = new ArrayList<>();
        for (int i = 0; i < shift; i++) {
            cells.add(new TableRows.Cell("", "", row.line()));
        }
        cells.addAll(row.cells());
        return new TableRows.Row(row.line(), cells);
    }

    private String level1Of(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        for (Map.Entry<String, String> e : patterns.level1Labels().entrySet()) {
            if (cell.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private IndicatorDraft indicator(TableRows.Row row, Map<String, Integer> col, String level1, String level2) {
        TableRows.Cell name = row.cell(col.getOrDefault("name", -1));
        if (name.isBlank() || isPlaceholder(name.text())) {
            return null;
        }
        if (level1 == null) {
            if (col.containsKey("level1")) {
                return null; // a 一级 column left blank above every row: no category to file it under
            }
            // A table without a 一级指标 column: the category by the words of the name.
            level1 = categories.of(name.text()).level1();
        }
        IndicatorDraft d = new IndicatorDraft();
        d.fromTable = true;
        d.level1 = level1;
        d.name = name.original();
        d.keyName = d.name;
        ExtractionPatterns.CategoryWords cat = categories.of(d.name);
        d.level2 = level2 != null ? level2 : cat.level1().equals(level1) ? cat.level2() : null;
        TableRows.Cell kindCell = row.cell(col.getOrDefault("kind", -1));
        TableRows.Cell targetCell = row.cell(col.getOrDefault("target", -1));
        TableRows.Cell actualCell = row.cell(col.getOrDefault("actual", -1));
        TableRows.Cell unitCell = row.cell(col.getOrDefault("unit", -1));
        String kind = kindOf(kindCell.text());
        String targetText = targetCell.text();
        if (kind == null) {
            kind = kindOf(targetText);
        }
        Quantities.Quantity t = quantities.leading(stripComparator(targetText));
        boolean date = DATE.matcher(targetText.replace(" ", "")).find();
        if (date) {
            // "2023年9月底前": a deadline, not the number 2023. Read as words, for a person to judge.
            t = null;
            kind = "qualitative";
            d.note("actual", Places.mark(targetCell.place()) + "“" + d.name + "”的指标值是时间节点（"
                    + targetCell.original() + "），按文字读入；请核对是否按期完成。", targetCell.place(), true);
        }
        boolean qualitative = "qualitative".equals(kind) || t == null && !targetText.isBlank();
        d.kind = qualitative ? "qualitative" : kind != null ? kind : patterns.defaultKind();
        d.unit = !unitCell.isBlank() ? unitCell.text() : t != null ? t.unit() : null;
        if (qualitative) {
            d.target = targetText.isBlank() ? null : targetCell.source(targetCell.original());
            d.actual = actualCell.isBlank() ? null : actualCell.source(actualCell.original());
        } else {
            d.target = t == null ? null : targetCell.source(t.value());
            Quantities.Quantity a = quantities.leading(actualCell.text());
            if (a != null && a.start() == 0) {
                d.actual = actualCell.source(a.value());
                if (d.unit == null) {
                    d.unit = a.unit();
                }
            } else if (!actualCell.isBlank() && isWordsOrTarget(actualCell.text())) {
                // "是", "基本达到", "≥95%": the report's own words where a number is due, for the rules to judge.
                d.actual = actualCell.source(actualCell.original());
            } else if (!actualCell.isBlank()) {
                d.note("actual", Places.mark(actualCell.place()) + "“" + d.name + "”的实际完成值“"
                        + actualCell.original() + "”不是数字，而指标为定量指标；请核对后填写数值。", actualCell.place(), false);
            }
        }
        // A blank cell is what the report states: not reported, for the rules to judge, not a reading gap. A row that
        // stops before its 实际完成值 column was cut: that value was not read.
        if (d.actual == null && col.getOrDefault("actual", -1) >= row.cells().size()) {
            d.note("actual", Places.mark(row.line()) + "“" + d.name + "”所在的表格行在实际完成值一栏之前中断；请对照原表填写。",
                    row.line(), false);
            cutShort = row.line();
        }
        d.weight = number(row.cell(col.getOrDefault("weight", -1)));
        d.selfScore = number(row.cell(col.getOrDefault("selfScore", -1)));
        TableRows.Cell reason = row.cell(col.getOrDefault("reason", -1));
        if (!reason.isBlank() && !NO_REASON.matcher(reason.text()).matches()) {
            d.deviationReason = reason.source(reason.original());
        }
        if (d.isSatisfaction()) {
            String word = categories.satisfactionWord(d.name);
            String subject = word == null ? "" : d.name.substring(0, d.name.indexOf(word));
            d.subject = subject.isBlank() ? null : subject;
        }
        return d;
    }

    /** A blank form's placeholder (指标1, ……): no indicator. */
    private boolean isPlaceholder(String name) {
        String n = name.replace(" ", "");
        for (String p : patterns.placeholders()) {
            if (n.equals(p) || n.startsWith(p) && n.substring(p.length()).matches("\\d{1,2}")) {
                return true;
            }
        }
        return n.chars().allMatch(c -> c == '…' || c == '.' || c == '。' || c == '—' || c == '-');
    }

    private String kindOf(String text) {
        String t = text.replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (Words.anyStarting(t, patterns.qualitativeKinds())) {
            return "qualitative";
        }
        for (String k : patterns.kinds()) {
            if (Words.anyStarting(t, patterns.prefixes(k)) || Words.anyEnding(t, patterns.suffixes(k))) {
                return k;
            }
        }
        return null;
    }

    /**
     * An actual that holds no number at all (no digit, no numeral), or one written as a target is (a comparator
     * first): what the report wrote, not a number jixiao failed to read.
     */
    private boolean isWordsOrTarget(String text) {
        String t = text.strip();
        if (!stripComparator(t).equals(t)) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || NUMERALS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟半";

    private String stripComparator(String text) {
        String t = text.strip();
        for (String k : patterns.kinds()) {
            for (String w : patterns.prefixes(k)) {
                if (t.startsWith(w)) {
                    return t.substring(w.length()).strip();
                }
            }
        }
        return t;
    }

    private Sourced number(TableRows.Cell cell) {
        Quantities.Quantity q = quantities.leading(cell.text());
        return q == null || q.start() != 0 ? null : cell.source(q.value());
    }

    private boolean isTotalRow(TableRows.Row row) {
        for (TableRows.Cell c : row.cells()) {
            if (patterns.totalRows().contains(c.text().replace(" ", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The stated total: the 得分 column of the 总分 row, else its last number. */
    private Sourced totalOf(TableRows.Row row, Map<String, Integer> columns) {
        if (columns != null && columns.containsKey("selfScore")) {
            Sourced s = number(row.cell(columns.get("selfScore")));
            if (s != null) {
                return s;
            }
        }
        for (int i = row.cells().size() - 1; i >= 0; i--) {
            Sourced s = number(row.cells().get(i));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** A row under the total naming a source (当年财政拨款…): its money, as the total's columns give it. */
    private boolean sourceRow(TableRows.Row row, Map<String, Integer> col, BigDecimal toWanYuan, List<Source> out) {
        String name = null;
        for (TableRows.Cell c : row.cells()) {
            if (!c.isBlank() && Words.anyIn(c.text(), patterns.sourceRows())
                    && !Words.anyIn(c.text(), patterns.fundingRows())) {
                name = c.text().replace("其中：", "").replace("其中:", "").replace("其中", "").strip();
                break;
            }
        }
        if (name == null) {
            return false;
        }
        Map<String, Sourced> money = new LinkedHashMap<>();
        for (String key : List.of("initialBudget", "budget", "arrived", "spent")) {
            Sourced s = number(row.cell(col.getOrDefault(key, -1)));
            if (s != null) {
                money.put(key, s.withValue(s.number().multiply(toWanYuan).stripTrailingZeros()));
            }
        }
        if (!money.containsKey("budget") && money.containsKey("initialBudget")) {
            money.put("budget", money.get("initialBudget"));
        }
        money.remove("initialBudget");
        out.add(new Source(name, money));
        return true;
    }

    /** The header of the 年度总体目标 box: the columns of 预期目标 and 实际完成情况, or null when the row is none. */
    private Map<String, Integer> boxColumns(TableRows.Row row) {
        Integer goal = null;
        Integer results = null;
        for (int i = 0; i < row.cells().size(); i++) {
            String t = row.cells().get(i).text().replace(" ", "");
            if (goal == null && patterns.goalWords().contains(t)) {
                goal = i;
            } else if (results == null && patterns.resultWords().contains(t)) {
                results = i;
            }
        }
        return goal != null && results != null ? Map.of("goal", goal, "results", results) : null;
    }

    /** The texts of a row under the box's header; false when the row is no part of the box (a new table part). */
    private boolean boxes(TableRows.Row row, Map<String, Integer> col, List<Box> out) {
        TableRows.Cell goal = row.cell(col.get("goal"));
        TableRows.Cell results = row.cell(col.get("results"));
        if (goal.isBlank() && results.isBlank() || isHeader(compact(row))) {
            return false;
        }
        if (!goal.isBlank()) {
            out.add(new Box("goal", goal.source(goal.original())));
        }
        if (!results.isBlank()) {
            out.add(new Box("results", results.source(results.original())));
        }
        return true;
    }

    private void fundingRow(TableRows.Row row, Map<String, Integer> col, BigDecimal toWanYuan,
                            Map<String, Sourced> funding) {
        boolean labelled = false;
        for (int i = 0; i < row.cells().size() && !labelled; i++) {
            labelled = Words.anyIn(row.cells().get(i).text(), patterns.fundingRows());
        }
        if (!labelled && !funding.isEmpty()) {
            return;
        }
        Map<String, Sourced> found = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : col.entrySet()) {
            Sourced s = number(row.cell(e.getValue()));
            if (s == null) {
                continue;
            }
            switch (e.getKey()) {
                case "initialBudget", "budget", "adjustedBudget", "arrived", "spent" ->
                        found.put(e.getKey(), s.withValue(s.number().multiply(toWanYuan).stripTrailingZeros()));
                case "executionRate" -> found.put("statedExecutionRate", s);
                default -> found.put(e.getKey(), s);
            }
        }
        if (!found.isEmpty() && (labelled || funding.isEmpty())) {
            funding.clear();
            if (!found.containsKey("budget") && found.containsKey("initialBudget")) {
                found.put("budget", found.get("initialBudget"));
            }
            found.remove("initialBudget");
            funding.putAll(found);
        }
    }

    /** The money unit named in the header row or the line above the table (万元 unless said otherwise). */
    private BigDecimal moneyFactor(ReportText text, int firstIndex, TableRows.Row header) {
        StringBuilder context = new StringBuilder(header.joined());
        for (ReportText.Line l : text.before(firstIndex, 3)) {
            context.append(' ').append(l.norm());
        }
        String c = context.toString();
        List<String> units = new ArrayList<>(patterns.moneyUnits().keySet());
        units.sort((a, b) -> b.length() - a.length());
        for (String u : units) {
            if (c.contains("(" + u + ")") || c.contains("单位:" + u) || c.contains(u)) {
                return patterns.moneyUnits().get(u);
            }
        }
        return BigDecimal.ONE;
    }
}
