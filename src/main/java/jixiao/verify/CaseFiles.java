package jixiao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.load.BadInputException;
import jixiao.load.DocumentParser;

/**
 * Reads the rule cases of a folder: {@code base.yaml}, the clean report every case starts from, and one
 * {@code RULE-ID.yaml} per rule with its cases.
 */
public final class CaseFiles {

    public static final String BASE = "base.yaml";

    private CaseFiles() {
    }

    public static JsonNode base(Path dir) throws BadInputException {
        return DocumentParser.parse(dir.resolve(BASE));
    }

    public static List<RuleCase> load(Path dir) throws BadInputException {
        List<RuleCase> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") || name.equals(BASE)) {
                    continue;
                }
                JsonNode doc = DocumentParser.parse(file);
                String rule = doc.path("rule").asText("");
                if (rule.isEmpty()) {
                    problems.add(file + "#/rule: missing: the id of the rule these cases test");
                }
                JsonNode cases = doc.path("cases");
                for (int i = 0; i < cases.size(); i++) {
                    JsonNode c = cases.get(i);
                    String expect = c.path("expect").asText();
                    if (!expect.equals("fires") && !expect.equals("quiet")) {
                        problems.add(file + "#/cases/" + i + "/expect: must be fires or quiet, not '" + expect + "'");
                        continue;
                    }
                    out.add(new RuleCase(file.toString(), rule, c.path("name").asText("case " + (i + 1)),
                            expect.equals("fires"), c.path("subject").asText(null), fields(c.path("values")),
                            c.get("patch"), fields(c.path("set")), c.get("waivers"),
                            c.has("today") ? java.time.LocalDate.parse(c.path("today").asText()) : null));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return out;
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
