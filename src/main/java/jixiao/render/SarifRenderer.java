package jixiao.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.assemble.CheckResult;
import jixiao.assemble.FindingView;
import jixiao.assemble.Trace;
import jixiao.engine.RuleInfo;
import jixiao.model.MessageTemplates;

/**
 * SARIF 2.1.0, for tools that show static-analysis results: the rule set's rules (id, title, citation, the
 * recommendation as help) and each finding with its level and its place in the report (file and line, or the
 * document locator such as 表2 第4行 第5列).
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final List<RuleInfo> rules;
    private final MessageTemplates messages;

    /** {@code rules}: the catalogue of the rule set in force; {@code messages}: its wording in the run's language. */
    public SarifRenderer(java.util.Collection<RuleInfo> rules, MessageTemplates messages) {
        // One entry per rule id, the first declaration standing for it, in id order: the same rules, the same bytes.
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        rules.stream().filter(RuleInfo::raisesFindings)
                .sorted(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                .forEach(r -> byId.putIfAbsent(r.id(), r));
        this.rules = List.copyOf(byId.values());
        this.messages = messages;
    }

    @Override
    public String render(CheckResult result) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode log = json.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        String tool = result.tool();
        driver.put("name", tool.contains(" ") ? tool.substring(0, tool.indexOf(' ')) : tool);
        if (tool.contains(" ")) {
            driver.put("version", tool.substring(tool.indexOf(' ') + 1));
        }
        driver.putObject("properties").put("ruleset", result.ruleset().fingerprint());
        ArrayNode ruleNodes = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            index.put(r.id(), index.size());
            ruleNodes.add(rule(r));
        }
        String uri = uri(result.report().file());
        run.putArray("artifacts").addObject().putObject("location").put("uri", uri);
        ArrayNode results = run.putArray("results");
        for (FindingView f : result.findings()) {
            results.add(result(f, index.get(f.ruleId()), uri));
        }
        return JsonRenderer.pretty(log);
    }

    private ObjectNode rule(RuleInfo r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", r.id());
        node.put("name", r.name());
        node.putObject("shortDescription").put("text", r.title() != null ? r.title() : r.name());
        if (r.citation() != null) {
            node.putObject("fullDescription").put("text", r.citation());
        }
        String help = messages.template(r.id(), "recommendation");
        if (help != null || r.citation() != null) {
            node.putObject("help").put("text", help != null ? help : r.citation());
        }
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode properties = node.putObject("properties");
        if (r.citation() != null) {
            properties.put("citation", r.citation());
        }
        properties.put("declaredAt", r.place());
        return node;
    }

    private static ObjectNode result(FindingView f, Integer ruleIndex, String uri) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("ruleId", f.ruleId());
        if (ruleIndex != null) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        node.putArray("locations").add(location(f.trace(), uri));
        Trace t = f.trace();
        if (t != null && t.file() != null) {
            ObjectNode declared = node.putArray("relatedLocations").addObject();
            declared.put("id", 1);
            ObjectNode physical = declared.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(t.file()));
            if (t.line() > 0) {
                physical.putObject("region").put("startLine", t.line());
            }
            declared.putObject("message").put("text", "rule " + t.rule());
        }
        if (f.isWaived()) {
            ObjectNode suppression = node.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", f.waived().reason());
        }
        ObjectNode properties = node.putObject("properties");
        if (f.subject() != null) {
            properties.put("subject", f.subject());
        }
        if (f.recommendation() != null) {
            properties.put("recommendation", f.recommendation());
        }
        if (f.values() != null && !f.values().isEmpty()) {
            properties.set("values", JsonNodeFactory.instance.pojoNode(f.values()));
        }
        if (f.isWaived()) {
            properties.putPOJO("waived", f.waived());
        }
        return node;
    }

    /** The report file, and where in it: a line with its quote, or a document locator, or the facts' pointer. */
    private static ObjectNode location(Trace t, String uri) {
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        Trace.SourceRef source = t == null ? null : t.source();
        if (source != null && source.locator() != null) {
            // A locator (第3页第12行, 表2 第4行 第5列) is no line of a text file: SARIF regions count lines and columns.
            location.putObject("message").put("text", source.locator());
            location.putObject("properties").put("locator", source.locator());
        } else if (source != null && source.line() != null) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", source.line());
            if (source.quote() != null) {
                region.putObject("snippet").put("text", source.quote());
            }
        }
        String pointer = source != null ? source.pointer() : t != null && !t.facts().isEmpty() ? t.facts().get(0) : null;
        if (pointer != null) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", pointer);
        }
        return location;
    }

    static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    /** A path as a URI reference: relative ones stay relative, absolute ones become file: URIs; non-ASCII escaped. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        try {
            return p.startsWith("/") ? new URI("file", "", p, null).toASCIIString()
                    : new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path + ": not a path a URI can name", e);
        }
    }
}
