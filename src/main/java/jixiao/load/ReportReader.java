package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jixiao.model.Category;
import jixiao.model.ExtractionGap;
import jixiao.model.Funding;
import jixiao.model.FundingSource;
import jixiao.model.Indicator;
import jixiao.model.IndicatorKind;
import jixiao.model.Measure;
import jixiao.model.NarrativeItem;
import jixiao.model.Report;
import jixiao.model.ReportIdentity;
import jixiao.model.Source;
import jixiao.model.StatedEvaluation;
import jixiao.model.Statement;

/**
 * Loads a report's facts from JSON or YAML: parse, validate against the schema, then map to the fact records.
 * Money is converted to 万元. All problems of a file are reported together.
 */
public final class ReportReader {

    private final SchemaCheck schema = new SchemaCheck(SchemaCheck.REPORT);

    public Report read(Path file) throws BadInputException {
        if (!DocumentParser.isJson(file) && !DocumentParser.isYaml(file)) {
            throw new BadInputException(file + ": unsupported file type (expected .json, .yaml or .yml)");
        }
        return read(file, DocumentParser.parse(file));
    }

    /**
     * Maps an already parsed document; {@code file} names it in messages. Unknown fields and numbers written as
     * text are warnings (in {@link Report#warnings()}); anything else wrong is an error.
     */
    public Report read(Path file, JsonNode root) throws BadInputException {
        List<String> warnings = new ArrayList<>(NumberText.normalise(file, root));
        List<String> errors = new ArrayList<>(FiniteNumbers.problems(file, root));
        java.util.Map<Boolean, List<String>> found;
        try {
            found = schema.problemsByKind(file, root, UNKNOWN_FIELD);
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            // The validator fails on an infinite number in some places (an enum); that number is reported above.
            found = java.util.Map.of(true, List.of(), false, List.of());
        }
        errors.addAll(found.get(false));
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        found.get(true).forEach(w -> warnings.add(w + " (ignored)"));
        Mapping mapping = new Mapping(file);
        Report report = mapping.report(root);
        if (!mapping.problems.isEmpty()) {
            throw new BadInputException(mapping.problems);
        }
        if (holdsNothing(report)) {
            throw new BadInputException(file + ": nothing of a report was found: no department, project or year, no funds,"
                    + " no indicators, no problems or suggestions");
        }
        warnings.addAll(mapping.warnings);
        return report.withWarnings(warnings);
    }

    /** No part of a report at all: a file that is something else ("hello world", an empty skeleton). */
    private static boolean holdsNothing(Report r) {
        ReportIdentity id = r.identity();
        Funding f = r.funding();
        return id.department() == null && id.project() == null && id.year() == null
                && !f.budget().isPresent() && !f.adjustedBudget().isPresent() && !f.arrived().isPresent()
                && !f.spent().isPresent() && r.indicators().isEmpty() && r.problems().isEmpty()
                && r.suggestions().isEmpty() && !r.evaluation().total().isPresent()
                && !r.evaluation().grade().isPresent();
    }

    private static final java.util.Set<String> UNKNOWN_FIELD = java.util.Set.of("additionalProperties");

    /** One mapping pass over a schema-valid tree; checks the schema cannot express are gathered here. */
    private static final class Mapping {
        private final Path file;
        private final List<String> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        /** Pointers of the values the extractor could not read (its notes not yet resolved by a person). */
        private final java.util.Set<String> unread = new java.util.HashSet<>();

        Mapping(Path file) {
            this.file = file;
        }

        Report report(JsonNode root) {
            List<ExtractionGap> gaps = gaps(root);
            for (ExtractionGap g : gaps) {
                if (!g.lowConfidence() && !g.filled()) {
                    unread.add(g.pointer());
                }
            }
            JsonNode id = root.path("report");
            ReportIdentity identity = new ReportIdentity(
                    id.path("department").asText(null), id.path("project").asText(null),
                    id.path("year").isInt() ? id.path("year").asInt() : null,
                    id.path("category").asText(null));
            Funding funding = funding(root.path("funding"));
            List<Indicator> indicators = new ArrayList<>();
            JsonNode rows = root.path("indicators");
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                Indicator indicator = indicator(rows.get(i), i);
                indicators.add(indicator);
                Integer first = seen.putIfAbsent(indicator.name(), i);
                if (first != null) {
                    warnings.add(file + "#/indicators/" + i + "/name: \"" + indicator.name()
                            + "\" is also the name of /indicators/" + first + "; findings about them will read alike");
                }
            }
            JsonNode eval = root.path("evaluation");
            StatedEvaluation evaluation = new StatedEvaluation(
                    measure(eval.path("statedTotal"), StatedEvaluation.POINTER + "/statedTotal"),
                    measure(eval.path("statedGrade"), StatedEvaluation.POINTER + "/statedGrade"));
            return new Report(identity, funding, List.copyOf(indicators),
                    items(root.path("problems"), NarrativeItem.Section.PROBLEM),
                    items(root.path("suggestions"), NarrativeItem.Section.SUGGESTION),
                    statements(root.path("statements")), evaluation, gaps, List.of());
        }

        private Funding funding(JsonNode node) {
            String at = Funding.POINTER;
            double toWanYuan = switch (node.path("unit").asText("万元")) {
                case "元" -> 0.0001;
                case "千元" -> 0.1;
                default -> 1.0;
            };
            return new Funding(
                    money(node.path("budget"), at + "/budget", toWanYuan),
                    money(node.path("adjustedBudget"), at + "/adjustedBudget", toWanYuan),
                    money(node.path("arrived"), at + "/arrived", toWanYuan),
                    money(node.path("spent"), at + "/spent", toWanYuan),
                    measure(node.path("statedArrivalRate"), at + "/statedArrivalRate"),
                    measure(node.path("statedExecutionRate"), at + "/statedExecutionRate"),
                    measure(node.path("weight"), at + "/weight"),
                    measure(node.path("selfScore"), at + "/selfScore"),
                    measure(node.path("explanation"), at + "/explanation").text(),
                    sources(node.path("sources"), toWanYuan),
                    measure(node.path("adjustmentReason"), at + "/adjustmentReason").text());
        }

        private List<FundingSource> sources(JsonNode rows, double toWanYuan) {
            List<FundingSource> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                String at = Funding.POINTER + "/sources/" + i;
                out.add(new FundingSource(i, row.path("name").asText(),
                        money(row.path("budget"), at + "/budget", toWanYuan),
                        money(row.path("arrived"), at + "/arrived", toWanYuan),
                        money(row.path("spent"), at + "/spent", toWanYuan)));
            }
            return List.copyOf(out);
        }

        private static List<Statement> statements(JsonNode array) {
            List<Statement> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                out.add(new Statement(i, Statement.Part.fromKey(item.path("part").asText("other")),
                        item.path("text").asText(""), source(item.path("source")), item.path("table").asBoolean(false)));
            }
            return List.copyOf(out);
        }

        private Indicator indicator(JsonNode node, int index) {
            String at = "/indicators/" + index;
            IndicatorKind kind = IndicatorKind.fromSymbol(node.path("kind").asText());
            Measure target = measure(node.path("target"), at + "/target");
            Measure actual = measure(node.path("actual"), at + "/actual");
            if (kind.isQuantitative()) {
                // The actual may be words ("是", "≥90%"): a report that measures nothing is a finding, not bad input.
                requireNumber(target, "a number, since kind is " + kind.symbol());
            }
            if (node.path("name").asText().isBlank()) {
                problems.add(file + "#" + at + "/name: a blank name: an indicator must be named");
            }
            for (Measure m : List.of(target, actual)) {
                if (m.isNumeric() && m.number() < 0) {
                    warnings.add(file + "#" + m.pointer() + ": a negative value (" + m.number()
                            + "): check its sign; it is checked as given");
                }
            }
            Category category = Category.fromLabel(node.path("level1").asText());
            if (category == Category.SATISFACTION && "%".equals(node.path("unit").asText())) {
                for (Measure m : List.of(target, actual)) {
                    if (m.isNumeric() && m.number() > 100) {
                        problems.add(file + "#" + m.pointer() + ": a satisfaction rate of " + m.number()
                                + "% is above 100%");
                    }
                }
            }
            String subject = node.path("subject").asText(null);
            return new Indicator(index, category, node.path("level2").asText(""), node.path("name").asText(),
                    kind, target, actual, node.path("unit").asText(null),
                    measure(node.path("weight"), at + "/weight"),
                    measure(node.path("selfScore"), at + "/selfScore"),
                    measure(node.path("deviationReason"), at + "/deviationReason").text(),
                    measure(node.path("statedRate"), at + "/statedRate"),
                    subject);
        }

        private void requireNumber(Measure m, String expectation) {
            if (m.text() != null) {
                problems.add(file + "#" + m.pointer() + ": expected " + expectation + ", found text \""
                        + m.text() + "\"");
            }
        }

        /** The extractor's notes; one about a value a person has since filled in is resolved. */
        private static List<ExtractionGap> gaps(JsonNode root) {
            List<ExtractionGap> out = new ArrayList<>();
            JsonNode notes = root.path("extraction").path("notes");
            for (int i = 0; i < notes.size(); i++) {
                JsonNode n = notes.get(i);
                String pointer = n.path("pointer").asText();
                JsonNode at = root.at(pointer);
                boolean filled = !at.isMissingNode() && !at.isNull()
                        && !(at.isObject() && at.has("value") && at.path("value").isNull())
                        && !(at.isArray() && at.isEmpty());
                out.add(new ExtractionGap(i, pointer, n.path("what").asText(),
                        n.path("line").isInt() ? n.path("line").asInt() : null, n.path("locator").asText(null),
                        n.path("lowConfidence").asBoolean(false), filled));
            }
            return List.copyOf(out);
        }

        private List<NarrativeItem> items(JsonNode array, NarrativeItem.Section section) {
            List<NarrativeItem> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    out.add(new NarrativeItem(section, i, item.asText(), null));
                } else {
                    out.add(new NarrativeItem(section, i, item.path("text").asText(), source(item.path("source"))));
                }
            }
            return List.copyOf(out);
        }

        private Measure money(JsonNode node, String pointer, double factor) {
            Measure m = measure(node, pointer);
            return m.number() == null ? m : new Measure(m.number() * factor, null, pointer, m.source(), m.unread());
        }

        /** A value given plain ({@code 23.83}) or with its source ({@code {value: 23.83, source: {...}}}). */
        private Measure measure(JsonNode node, String pointer) {
            Measure m = plainMeasure(node, pointer);
            return !unread.isEmpty() && unread.contains(pointer) ? m.asUnread() : m;
        }

        private Measure plainMeasure(JsonNode node, String pointer) {
            JsonNode value = node;
            Source source = null;
            if (node.isObject()) {
                value = node.path("value");
                source = source(node.path("source"));
            }
            if (value.isNumber()) {
                return new Measure(value.doubleValue(), null, pointer, source); // finite: FiniteNumbers
            }
            if (value.isTextual()) {
                return new Measure(null, value.asText(), pointer, source);
            }
            return new Measure(null, null, pointer, source);
        }

        private static Source source(JsonNode node) {
            if (!node.isObject()) {
                return null;
            }
            JsonNode line = node.path("line");
            return new Source(line.isInt() ? line.asInt() : null, node.path("locator").asText(null),
                    node.path("quote").asText(null), node.path("note").asText(null));
        }
    }
}
