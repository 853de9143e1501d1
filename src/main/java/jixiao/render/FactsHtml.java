package jixiao.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The facts jixiao read, as a table a reviewer corrects: funds, indicators, problems and suggestions, each value
 * an input naming its JSON pointer (the page's script sets it in the facts and rechecks), each row with its place
 * in the report.
 */
final class FactsHtml {

    private static final List<String> FUNDS = List.of("budget", "adjustedBudget", "arrived", "spent");
    private static final List<String> INDICATOR_FIELDS = List.of("kind", "target", "actual", "unit");

    private final JsonNode facts;
    private final PageLabels labels;
    private final boolean editable;

    FactsHtml(JsonNode facts, PageLabels labels, boolean editable) {
        this.facts = facts;
        this.labels = labels;
        this.editable = editable;
    }

    static String rowId(String pointer) {
        return "p" + pointer.replace('/', '-');
    }

    /** The pointers of the table's rows, which findings are marked on. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        JsonNode funding = facts.path("funding");
        for (String key : FUNDS) {
            if (funding.has(key)) {
                rows.add("/funding/" + key);
            }
        }
        for (String list : List.of("indicators", "problems", "suggestions")) {
            for (int i = 0; i < facts.path(list).size(); i++) {
                rows.add("/" + list + "/" + i);
            }
        }
        return rows;
    }

    void render(StringBuilder out, FindingPlaces places, Function<Integer, String> markLink) {
        out.append("<section class=\"facts\" id=\"facts\"><h2>").append(Html.escape(labels.get("facts"))).append("</h2>");
        JsonNode funding = facts.path("funding");
        String unit = funding.path("unit").asText("");
        out.append("<table class=\"facts-table\" id=\"facts-funding\"><caption>").append(Html.escape(labels.get("funding")))
                .append(unit.isEmpty() ? "" : "（" + Html.escape(unit) + "）").append("</caption><tr><th>")
                .append(Html.escape(labels.get("field"))).append("</th><th>").append(Html.escape(labels.get("value")))
                .append("</th><th>").append(Html.escape(labels.get("place"))).append("</th><th></th></tr>");
        for (String key : FUNDS) {
            if (!funding.has(key)) {
                continue;
            }
            String pointer = "/funding/" + key;
            out.append(rowStart(pointer, places)).append("<th>").append(Html.escape(labels.get(key))).append("</th><td>");
            input(out, funding.get(key), pointer);
            out.append("</td>");
            rowEnd(out, funding.get(key), pointer, places, markLink);
        }
        out.append("</table>");

        JsonNode indicators = facts.path("indicators");
        out.append("<table class=\"facts-table\" id=\"facts-indicators\"><caption>")
                .append(Html.escape(labels.get("indicators"))).append("</caption><tr>");
        for (String h : List.of("level1", "level2", "name", "kind", "target", "actual", "unit", "place")) {
            out.append("<th>").append(Html.escape(labels.get(h))).append("</th>");
        }
        out.append("<th></th></tr>");
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode ind = indicators.get(i);
            String pointer = "/indicators/" + i;
            out.append(rowStart(pointer, places));
            out.append("<td>").append(Html.escape(ind.path("level1").asText(""))).append("</td><td>")
                    .append(Html.escape(ind.path("level2").asText(""))).append("</td><td>")
                    .append(Html.escape(text(ind.get("name")))).append("</td>");
            for (String field : INDICATOR_FIELDS) {
                out.append("<td>");
                input(out, ind.get(field), pointer + "/" + field);
                out.append("</td>");
            }
            JsonNode placed = ind.has("actual") ? ind.get("actual") : ind.has("target") ? ind.get("target") : ind.get("name");
            rowEnd(out, placed, pointer, places, markLink);
        }
        out.append("</table>");

        for (String list : List.of("problems", "suggestions")) {
            JsonNode items = facts.path(list);
            out.append("<table class=\"facts-table\" id=\"facts-").append(list).append("\"><caption>")
                    .append(Html.escape(labels.get(list))).append("</caption><tr><th>")
                    .append(Html.escape(labels.get("text"))).append("</th><th>").append(Html.escape(labels.get("place")))
                    .append("</th><th></th></tr>");
            for (int i = 0; i < items.size(); i++) {
                String pointer = "/" + list + "/" + i;
                JsonNode item = items.get(i);
                out.append(rowStart(pointer, places)).append("<td class=\"wide\">");
                input(out, item.isObject() && item.has("text") ? item.get("text") : item,
                        item.isObject() && item.has("text") ? pointer + "/text" : pointer);
                out.append("</td>");
                rowEnd(out, item, pointer, places, markLink);
            }
            out.append("</table>");
        }
        if (editable) {
            out.append("<p><button type=\"button\" id=\"download-facts\">").append(Html.escape(labels.get("downloadFacts")))
                    .append("</button></p>");
        }
        out.append("</section>");
    }

    private static String rowStart(String pointer, FindingPlaces places) {
        String id = rowId(pointer);
        return "<tr id=\"" + id + "\" data-pointer=\"" + Html.escape(pointer) + "\""
                + (places.on(id).isEmpty() ? "" : " class=\"marked\"") + ">";
    }

    private void rowEnd(StringBuilder out, JsonNode node, String pointer, FindingPlaces places,
                        Function<Integer, String> markLink) {
        out.append("<td class=\"at\">").append(Html.escape(place(node))).append("</td>");
        out.append("<td class=\"marks\">");
        for (int f : places.on(rowId(pointer))) {
            out.append(markLink.apply(f));
        }
        out.append("</td></tr>");
    }

    /** A value's input: the pointer it sets is the value's own ({@code …/value} where the value carries a source). */
    private void input(StringBuilder out, JsonNode node, String pointer) {
        boolean wrapped = node != null && node.isObject() && node.has("value");
        JsonNode value = wrapped ? node.get("value") : node;
        String target = wrapped ? pointer + "/value" : pointer;
        boolean number = value != null && value.isNumber();
        out.append("<input class=\"fact\" data-pointer=\"").append(Html.escape(target)).append("\" data-type=\"")
                .append(number ? "number" : "text").append("\" value=\"").append(Html.escape(text(value)))
                .append("\" aria-label=\"").append(Html.escape(target)).append('"')
                .append(editable ? "" : " readonly").append('>');
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isObject() && node.has("value")) {
            return text(node.get("value"));
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** 第12行 or the document locator of a value's source, as the report's reader looks it up. */
    private static String place(JsonNode node) {
        JsonNode source = node == null ? null : node.path("source");
        if (source == null || source.isMissingNode()) {
            return "";
        }
        if (source.hasNonNull("locator")) {
            return source.get("locator").asText();
        }
        return source.hasNonNull("line") ? "第" + source.get("line").asText() + "行" : "";
    }
}
