package jixiao.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jixiao.document.Block;
import jixiao.document.Document;
import jixiao.document.DocumentReader;
import jixiao.document.Locator;
import jixiao.document.TextFile;
import jixiao.document.TextLayouts;
import jixiao.document.Table;
import jixiao.document.TextLine;
import jixiao.load.BadInputException;

/**
 * Reads a published report's text (Markdown, or plain text from Word/PDF) into the facts of
 * {@code report.schema.json}, every value with the line and words it was read from, and notes on what a
 * person must still fill in. Nothing is guessed: a value not found, or not tied to one target, is left out.
 */
public final class Extractor {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ExtractionPatterns patterns;
    private final Headings headings;
    private final TextLayouts layouts;
    private final DocumentReader reader;
    private final Quantities quantities;

    // The readers hold only the vocabulary: made once, they serve every report.
    private final TableReader tables;
    private final FundingReader fundingReader;
    private final ResultReader results;
    private final NarrativeReader narrative;
    private final ConclusionReader conclusion;
    private final IdentityReader identityReader;
    private final OneLiners oneLiners;

    public Extractor(ExtractionPatterns patterns) {
        this.patterns = patterns;
        this.headings = new Headings(patterns);
        this.layouts = new TextLayouts(patterns.furniture(), patterns.headerWords());
        this.reader = new DocumentReader(layouts);
        this.quantities = new Quantities(patterns);
        this.tables = new TableReader(patterns, quantities);
        this.fundingReader = new FundingReader(patterns, quantities);
        this.results = new ResultReader(patterns, quantities);
        this.narrative = new NarrativeReader(patterns);
        this.conclusion = new ConclusionReader(patterns);
        this.identityReader = new IdentityReader(patterns);
        this.oneLiners = new OneLiners(patterns, quantities);
    }

    /** Reads a report of any kind {@link DocumentReader} reads: text, Word, Excel or PDF. */
    public Extraction extract(Path file) throws BadInputException {
        return extractRead(reader.read(file));
    }

    /** The document as read, before any fact is taken from it: what the page shows of the report. */
    public Document document(Path file) throws BadInputException {
        return reader.read(file);
    }

    /** As {@link #document(Path)}, from the file's bytes already read: see {@link DocumentReader#read(Path, byte[])}. */
    public Document document(Path file, byte[] content) throws BadInputException {
        return reader.read(file, content);
    }

    /** The facts of a document already read, with the warnings its reading gave. */
    public Extraction extractRead(Document document) {
        return warned(extract(document), document.warnings());
    }

    /**
     * One report in two files: the report and its self-evaluation table given apart ({@code form}); the form's tables
     * win on the values they give, and its locators name its file.
     */
    public Extraction extract(Path file, Path form) throws BadInputException {
        Document report = reader.read(file);
        Document table = reader.read(form).named(form.getFileName().toString());
        List<Block> blocks = new ArrayList<>(report.blocks());
        blocks.add(new TextLine("", Locator.label(table.name())));
        int formStart = blocks.size();
        blocks.addAll(table.blocks());
        List<String> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(table.warnings());
        return warned(extract(new Document(report.name(), blocks, List.of()), formStart), warnings);
    }

    private static Extraction warned(Extraction extraction, List<String> warnings) {
        for (String w : warnings) {
            extraction = extraction.warn(w);
        }
        return extraction;
    }

    /** The layouts of tables in text, as this extractor's words describe them. */
    public TextLayouts layouts() {
        return layouts;
    }

    /** Reads a text already in memory; {@code fileName} only names it. */
    public Extraction extract(String fileName, String text) {
        return extract(new TextFile(layouts).of(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, false));
    }

    public Extraction extract(Document document) {
        return extract(document, Integer.MAX_VALUE);
    }

    /** {@code formBlock}: the first block of a form given apart, whose tables win over the report's own. */
    private Extraction extract(Document document, int formBlock) {
        List<ExtractionNote> notes = new ArrayList<>();
        ReportText report = ReportText.of(document, headings, formBlock);
        int formStart = report.formTables();
        ObjectNode facts = F.objectNode();
        facts.set("report", identity(report, notes));

        TableReader.Result table = tables.read(report, 0, Math.min(formStart, report.tables().size()));
        if (formStart < report.tables().size()) {
            table = table.overriddenBy(tables.read(report, formStart, report.tables().size()));
        }
        Map<String, Sourced> funding = FundingReader.empty();
        funding.putAll(table.funding());
        fundingReader.read(report.passages(), funding);
        FundingReader.deriveBudget(funding, notes);
        NarrativeReader.Items items = narrative.read(report.passages());
        if (!funding.containsKey("explanation")) {
            // "1.预算执行率偏低，部分设备尾款待验收后支付": a problem that speaks of execution explains it.
            for (Sourced problem : items.problems()) {
                if (Words.anyIn(problem.value().toString(), patterns.rates("execution"))) {
                    funding.put("explanation", problem);
                    break;
                }
            }
        }
        ObjectNode fundingNode = funding(funding, notes);
        if (!table.sources().isEmpty()) {
            fundingNode.set("sources", sources(table.sources()));
        }
        facts.set("funding", fundingNode);

        List<ExtractionNote> targetNotes = new ArrayList<>();
        List<IndicatorDraft> indicators = new ArrayList<>(table.indicators());
        if (indicators.isEmpty()) {
            indicators.addAll(new TargetReader(patterns, quantities, targetNotes).read(report.passages()));
            // "名称：目标值X，实际完成Y" wherever it stands: an indicator with its result.
            java.util.Set<String> named = new java.util.HashSet<>();
            indicators.forEach(d -> named.add(d.name));
            for (IndicatorDraft d : oneLiners.read(report.passages())) {
                if (named.add(d.name)) {
                    indicators.add(d);
                }
            }
        }
        results.read(report.passages(), indicators);
        facts.set("indicators", indicators(indicators, notes));
        notes.addAll(targetNotes);
        if (indicators.isEmpty()) {
            notes.add(new ExtractionNote("/indicators", "未能读出任何绩效指标；请在“绩效目标”部分或自评表中查找并逐项填写。",
                    null, false));
        } else if (table.cutShort() >= 0) {
            // "/indicators/-" is the place after the last indicator read: what the cut table held beyond it.
            notes.add(new ExtractionNote("/indicators/-", "自评表在" + Places.mark(table.cutShort())
                    + "中断，其后的绩效指标未能读出；请对照原表补填。", table.cutShort(), false));
        }

        ArrayNode statements = statements(report, formAlone(document));
        for (Sourced line : items.leftOut()) {
            // A prompt left in the 存在问题 box is no problem, but the reviewer rules must see it.
            ObjectNode item = statements.addObject();
            item.put("part", "other");
            item.put("text", line.quote());
            item.putObject("source").put("line", line.line());
        }
        for (TableReader.Box box : table.boxes()) {
            ObjectNode item = statements.addObject();
            item.put("part", box.part());
            item.put("text", box.text().quote());
            item.put("table", true);
            item.putObject("source").put("line", box.text().line());
        }
        facts.set("statements", statements);
        facts.set("problems", items(items.problems()));
        facts.set("suggestions", items(items.suggestions()));
        if (!items.problemsRead()) {
            notes.add(new ExtractionNote("/problems", "未找到“存在的问题”部分的内容；请核对报告是否列出存在的问题。", null, false));
        }
        if (!items.suggestionsRead()) {
            notes.add(new ExtractionNote("/suggestions", "未找到“相关建议”或“改进措施”部分的内容；请核对报告是否提出建议。",
                    null, false));
        }

        Map<String, Sourced> evaluation = FundingReader.empty();
        conclusion.read(report.passages(), evaluation);
        if (table.total() != null && table.total().number() != null
                && table.total().number().compareTo(java.math.BigDecimal.valueOf(100)) <= 0) {
            // The table's 总分 cell is the stated total; a sentence of the conclusion only restates it.
            evaluation.put("statedTotal", table.total());
        }
        if (!evaluation.isEmpty()) {
            facts.set("evaluation", evaluation(evaluation));
            if (table.indicators().isEmpty() && !indicators.isEmpty()) {
                // Indicators read from the prose carry no 分值 or 得分: the total's parts are in a form not given.
                notes.add(new ExtractionNote("/indicators/0/selfScore", "报告给出了总分或等级，但各指标的分值、得分不在正文中"
                        + "（可能在所附自评表中），未能读出；请对照自评表逐项填写，或用 --form 给出自评表。", null, false));
            }
        }
        return new Extraction(locate(facts, report), located(notes, report));
    }

    /** Each source's place turned into the report's terms: a text file's line, or a document's locator. */
    private static ObjectNode locate(ObjectNode node, ReportText report) {
        java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = node.fields();
        List<String> names = new ArrayList<>();
        fields.forEachRemaining(e -> names.add(e.getKey()));
        for (String name : names) {
            com.fasterxml.jackson.databind.JsonNode child = node.get(name);
            if (name.equals("source") && child instanceof ObjectNode src && src.path("line").isInt()) {
                node.set("source", placed(src, report.locator(src.path("line").asInt())));
            } else if (child instanceof ObjectNode o) {
                locate(o, report);
            } else if (child instanceof ArrayNode a) {
                for (com.fasterxml.jackson.databind.JsonNode item : a) {
                    if (item instanceof ObjectNode o) {
                        locate(o, report);
                    }
                }
            }
        }
        return node;
    }

    private static ObjectNode placed(ObjectNode src, Locator at) {
        ObjectNode out = F.objectNode();
        if (at.line() != null) {
            out.put("line", at.line());
        } else {
            out.put("locator", at.label());
        }
        src.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("line")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static List<ExtractionNote> located(List<ExtractionNote> notes, ReportText report) {
        List<ExtractionNote> out = new ArrayList<>(notes.size());
        for (ExtractionNote n : notes) {
            String what = Places.resolve(n.what(), report);
            Locator at = n.line() == null ? null : report.locator(n.line());
            out.add(new ExtractionNote(n.pointer(), what, at == null ? null : at.line(), at == null ? null : at.label(),
                    n.lowConfidence()));
        }
        return out;
    }

    // The loops over a report's parts are kept out of extract(), which runs once a report: a method with a loop is
    // compiled after a few hundred reports, and compiling extract() with all it calls cost more than it saved.

    private static ArrayNode indicators(List<IndicatorDraft> indicators, List<ExtractionNote> notes) {
        ArrayNode rows = F.arrayNode();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorDraft d = indicators.get(i);
            rows.add(d.toJson());
            for (IndicatorDraft.Pending p : d.pending) {
                notes.add(new ExtractionNote("/indicators/" + i + "/" + p.field(), p.what(), p.line(),
                        p.lowConfidence()));
            }
        }
        return rows;
    }

    private static ObjectNode evaluation(Map<String, Sourced> evaluation) {
        ObjectNode eval = F.objectNode();
        for (String key : List.of("statedTotal", "statedGrade")) {
            if (evaluation.containsKey(key)) {
                eval.set(key, evaluation.get(key).toJson());
            }
        }
        return eval;
    }

    private ObjectNode identity(ReportText report, List<ExtractionNote> notes) {
        Map<String, Sourced> id = identityReader.read(report);
        ObjectNode node = F.objectNode();
        String[][] parts = {
            {"department", "主管部门（单位名称）", "报告标题上方的单位名称或自评表“主管部门”一栏"},
            {"project", "项目名称", "报告标题或自评表“项目名称”一栏"},
            {"year", "评价年度", "报告标题中的年度"},
        };
        for (String[] part : parts) {
            Sourced s = id.get(part[0]);
            if (s == null) {
                notes.add(new ExtractionNote("/report/" + part[0],
                        "未能读出" + part[1] + "；请在" + part[2] + "中查找后填写。", null, false));
            } else {
                node.set(part[0], Sourced.valueNode(s.value() instanceof Integer y
                        ? new java.math.BigDecimal(y) : s.value()));
            }
        }
        Sourced title = id.get("title");
        Sourced where = title != null ? title : id.values().stream().findFirst().orElse(null);
        if (title != null) {
            node.put("title", title.value().toString());
        }
        if (where != null) {
            node.set("source", where.sourceJson());
        }
        return node;
    }

    private ObjectNode funding(Map<String, Sourced> found, List<ExtractionNote> notes) {
        ObjectNode node = F.objectNode();
        node.put("unit", "万元");
        for (String key : List.of("budget", "adjustedBudget", "arrived", "spent", "statedArrivalRate",
                "statedExecutionRate", "weight", "selfScore", "explanation")) {
            Sourced s = found.get(key);
            if (s != null) {
                node.set(key, s.toJson());
            }
        }
        String[][] needed = {
            {"budget", "预算数（全年预算数）", "“项目资金申报及批复情况”或自评表“全年预算数”"},
            {"arrived", "实际到位资金", "“资金计划、到位及使用情况”"},
            {"spent", "实际支出（全年执行数）", "“资金计划、到位及使用情况”或自评表“全年执行数”"},
        };
        for (String[] n : needed) {
            if (!found.containsKey(n[0])) {
                notes.add(new ExtractionNote("/funding/" + n[0],
                        "未能读出" + n[1] + "；请在" + n[2] + "中查找后填写（单位：万元）。", null, false));
            }
        }
        return node;
    }

    private static ArrayNode sources(List<TableReader.Source> sources) {
        ArrayNode out = F.arrayNode();
        for (TableReader.Source src : sources) {
            ObjectNode row = out.addObject();
            row.put("name", src.name());
            src.money().forEach((key, value) -> row.set(key, value.toJson()));
        }
        return out;
    }

    /**
     * A document that is the self-evaluation table alone: a workbook or its CSV, or text whose title names a 自评表
     * (as {@link IdentityReader} reads a form's title) rather than a 自评报告. Its text is boxes of the form.
     */
    private boolean formAlone(Document document) {
        String name = document.name() == null ? "" : document.name().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv")) {
            return true;
        }
        for (Block b : document.blocks()) {
            if (b instanceof Table) {
                return false;
            }
            if (b instanceof TextLine line && !line.text().isBlank()) {
                String title = line.text().replace("|", "").strip();
                return title.length() <= 60 && title.contains("自评表")
                        && !Words.anyIn(title, patterns.identity("titleWords"));
            }
        }
        return false;
    }

    /**
     * The prose outside 问题及建议, a paragraph each, with the part it stands in: what the reviewer rules read. Text
     * of a form (a form alone, or a form given apart) is marked {@code table}: a box of the form, not running text.
     */
    private static ArrayNode statements(ReportText report, boolean formAlone) {
        ArrayNode out = F.arrayNode();
        for (Passage p : report.passages()) {
            jixiao.load.TimeLimit.check();
            String part = p.section().statementPart();
            if (part == null || p.isEmpty()) {
                continue;
            }
            Sourced s = p.source(null, 0, p.text().length());
            ObjectNode item = out.addObject();
            item.put("part", part);
            item.put("text", s.quote());
            if (formAlone || report.inForm(s.line())) {
                item.put("table", true);
            }
            ObjectNode src = item.putObject("source");
            src.put("line", s.line());
        }
        return out;
    }

    private static ArrayNode items(List<Sourced> list) {
        ArrayNode out = F.arrayNode();
        for (Sourced s : list) {
            ObjectNode item = out.addObject();
            item.put("text", s.value().toString());
            item.set("source", s.sourceJson());
        }
        return out;
    }
}
