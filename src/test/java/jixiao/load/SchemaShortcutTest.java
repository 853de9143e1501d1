package jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jixiao.extract.Extraction;
import jixiao.extract.ReportInput;
import jixiao.generate.ReportGenerator;
import jixiao.generate.ReportMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema shortcut may only ever answer "valid" where the full validator has nothing to say. Checked, with the
 * full validator as the judge, on the shipped fixtures, generated reports and their extracted text, the shipped
 * policy, and tens of thousands of random mutations of them: a value removed, wrapped as {value, source}, or
 * replaced by another type, an int, short, long, float, double, big integer or decimal on and beyond the bounds,
 * an empty string, a surrogate pair or a lone surrogate, or numeric text; a key added.
 */
class SchemaShortcutTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaCheck report = new SchemaCheck(SchemaCheck.REPORT);

    @TempDir
    Path tmp;

    @Test
    void theShippedReportAndPolicySchemasHaveAShortcut() {
        assertThat(report.hasShortcut()).isTrue();
        assertThat(new SchemaCheck(SchemaCheck.POLICY).hasShortcut()).isTrue();
    }

    @Test
    void aSchemaWithAKeywordItDoesNotKnowHasNone() throws Exception {
        // The wording schema uses propertyNames and pattern, which the shortcut leaves to the validator.
        assertThat(new SchemaCheck(SchemaCheck.MESSAGES).hasShortcut()).isFalse();
        assertThat(SchemaShortcut.compile(JSON.readTree("{\"type\": \"string\", \"format\": \"date\"}"))).isEmpty();
        assertThat(SchemaShortcut.compile(JSON.readTree("{\"$ref\": \"https://elsewhere.invalid/s.json\"}"))).isEmpty();
        assertThat(SchemaShortcut.compile(JSON.readTree("{\"minimum\": 0.1}"))).as("0.1 is no double").isEmpty();
        assertThat(SchemaShortcut.compile(JSON.readTree("{\"$ref\": \"#anchor\"}"))).isEmpty();
        assertThat(SchemaShortcut.compile(JSON.readTree("{\"$ref\": \"#/a~2\"}"))).isEmpty();
        assertThat(SchemaShortcut.compile(JSON.readTree(
                "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"integer\"}"))).isEmpty();
    }

    @Test
    void judgesBoundsTypesAndShapesOnItsOwn() throws Exception {
        SchemaShortcut s = SchemaShortcut.compile(JSON.readTree("""
                {"type": "object", "required": ["y"], "additionalProperties": false,
                 "properties": {"y": {"type": "integer", "minimum": 1990, "maximum": 2100},
                                "r": {"type": ["number", "null"], "exclusiveMinimum": 0},
                                "k": {"enum": ["a", "b"]}, "t": {"type": "string", "minLength": 1},
                                "l": {"type": "array", "items": {"$ref": "#/$defs/n"}, "minItems": 1}},
                 "$defs": {"n": {"type": "number"}}}""")).orElseThrow();
        assertThat(s.certainlyValid(JSON.readTree("{\"y\": 1990, \"r\": null, \"k\": \"b\", \"t\": \"x\", \"l\": [1]}")))
                .isTrue();
        assertThat(s.certainlyValid(JSON.readTree("{\"y\": 2100, \"r\": 0.5}"))).isTrue();
        for (String bad : List.of("{}", "{\"y\": 1989}", "{\"y\": 2101}", "{\"y\": \"2000\"}", "{\"y\": 2000, \"z\": 1}",
                "{\"y\": 2000, \"r\": 0}", "{\"y\": 2000, \"k\": \"c\"}", "{\"y\": 2000, \"t\": \"\"}",
                "{\"y\": 2000, \"l\": []}", "{\"y\": 2000, \"l\": [\"1\"]}", "[]")) {
            assertThat(s.certainlyValid(JSON.readTree(bad))).as(bad).isFalse();
        }
        // Not certain, so left to the validator: a whole number written with a fraction where an integer is wanted.
        assertThat(s.certainlyValid(JSON.readTree("{\"y\": 2000.0}"))).isFalse();

        // The validator compares decimals: -0.0 is 0, on either side of a bound.
        SchemaShortcut below = SchemaShortcut.compile(JSON.readTree("{\"exclusiveMaximum\": 0}")).orElseThrow();
        assertThat(below.certainlyValid(F.numberNode(-0.0))).isFalse();
        assertThat(below.certainlyValid(F.numberNode(-0.5))).isTrue();
        SchemaShortcut above = SchemaShortcut.compile(JSON.readTree("{\"exclusiveMinimum\": -0.0}")).orElseThrow();
        assertThat(above.certainlyValid(F.numberNode(0))).isFalse();
        assertThat(above.certainlyValid(F.numberNode(0.0))).isFalse();
        SchemaShortcut least = SchemaShortcut.compile(JSON.readTree("{\"minimum\": 0}")).orElseThrow();
        assertThat(least.certainlyValid(F.numberNode(-0.0))).isTrue();
        // A float is written out by the validator in its own short form: left to it.
        SchemaShortcut big = SchemaShortcut.compile(JSON.readTree("{\"minimum\": 536870911}")).orElseThrow();
        assertThat(big.certainlyValid(F.numberNode(536870912f))).isFalse();
        assertThat(big.certainlyValid(F.numberNode(536870912))).isTrue();
    }

    @Test
    void neverCallsValidWhatTheValidatorFaults() throws Exception {
        List<JsonNode> seeds = new ArrayList<>(fixtures());
        for (JsonNode d : seeds) {
            if (SHORTCUT.certainlyValid(d)) {
                assertThat(report.validateInFull(d)).as("a fixture the shortcut passed: %s", d).isEmpty();
            }
        }
        // The generated reports and the facts extracted from their text are valid, and the shortcut must see it:
        // otherwise it would spare the validator nothing.
        List<JsonNode> generated = generated();
        for (JsonNode d : generated) {
            assertThat(report.validateInFull(d)).isEmpty();
            assertThat(SHORTCUT.certainlyValid(d)).as("a valid report the shortcut should pass: %s", d).isTrue();
        }
        seeds.addAll(generated);
        compareOnMutants(report, SHORTCUT, seeds, 40_000, 10_000, 5_000);
    }

    @Test
    void neverCallsValidAPolicyTheValidatorFaults() throws Exception {
        SchemaCheck policy = new SchemaCheck(SchemaCheck.POLICY);
        SchemaShortcut shortcut = shortcutOf(SchemaCheck.POLICY);
        JsonNode shipped = DocumentParser.parse(Path.of("rules/policy.yaml"));
        assertThat(policy.validateInFull(shipped)).isEmpty();
        assertThat(shortcut.certainlyValid(shipped)).isTrue();
        compareOnMutants(policy, shortcut, List.of(shipped), 10_000, 2_000, 500);
    }

    /**
     * Random mutations of the seeds, half of them then read the way a report is (numbers written as text turned
     * into numbers): wherever the shortcut says valid, the validator must find nothing. Documents with a number too
     * large for a double are left out: those are refused before the schema check whatever it says.
     */
    private static void compareOnMutants(SchemaCheck check, SchemaShortcut shortcut, List<JsonNode> seeds, int count,
            int minFaulted, int minPassed) {
        SplittableRandom random = new SplittableRandom(7);
        int faulted = 0, passed = 0;
        for (int i = 0; i < count; i++) {
            JsonNode mutant = mutate(seeds.get(random.nextInt(seeds.size())).deepCopy(), random);
            if (random.nextBoolean()) {
                NumberText.normalise(Path.of("mutant.json"), mutant);
            }
            if (!FiniteNumbers.problems(Path.of("mutant.json"), mutant).isEmpty()) {
                continue;
            }
            boolean fullFindsNothing = check.validateInFull(mutant).isEmpty();
            if (shortcut.certainlyValid(mutant)) {
                assertThat(fullFindsNothing).as("the shortcut passed what the validator faults: %s", mutant).isTrue();
                passed++;
            } else if (!fullFindsNothing) {
                faulted++;
            }
        }
        // Both answers must be well exercised for the comparison to mean anything.
        assertThat(faulted).isGreaterThan(minFaulted);
        assertThat(passed).isGreaterThan(minPassed);
    }

    private static final SchemaShortcut SHORTCUT = shortcutOf(SchemaCheck.REPORT);

    private static SchemaShortcut shortcutOf(String schema) {
        try (var in = SchemaShortcutTest.class.getResourceAsStream(schema)) {
            return SchemaShortcut.compile(JSON.readTree(in)).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every report-like fixture that parses and whose numbers are finite, valid or not. */
    private static List<JsonNode> fixtures() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml")).sorted()
                    .toList()) {
                try {
                    JsonNode d = DocumentParser.parse(f);
                    // A number that is not finite is refused before the schema check (FiniteNumbers).
                    if (FiniteNumbers.problems(f, d).isEmpty()) {
                        out.add(d);
                    }
                } catch (BadInputException e) {
                    // a fixture that does not parse is about parsing, not the schema
                }
            }
        }
        return out;
    }

    /** Generated reports, and the facts extracted from every tenth one written as text. */
    private List<JsonNode> generated() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ReportGenerator generator = new ReportGenerator(99);
        ReportInput input = new ReportInput(Path.of("rules"));
        for (int i = 0; i < 300; i++) {
            ObjectNode facts = generator.report(i);
            out.add(facts);
            if (i % 10 == 0) {
                Path text = tmp.resolve("r" + i + ".md");
                Files.writeString(text, ReportMarkdown.render(facts));
                Extraction extraction = input.extract(text);
                out.add(ReportInput.facts(extraction, text));
            }
        }
        return out;
    }

    private static final JsonNode[] REPLACEMENTS = {
        F.nullNode(), F.booleanNode(true), F.textNode(""), F.textNode("x"), F.textNode("产出指标"), F.textNode(">="),
        F.textNode("qualitative"), F.textNode("万元"), F.textNode("😀"), F.textNode("\uD800"), F.textNode("95%"),
        F.textNode("１,２３４.５"), F.textNode("1" + "0".repeat(400)), F.numberNode(0), F.numberNode(-1), F.numberNode(1),
        F.numberNode(-0.0), F.numberNode(0.5), F.numberNode(2.0), F.numberNode(99.99), F.numberNode(100),
        F.numberNode(100.0000001), F.numberNode(1000), F.numberNode(1000.5), F.numberNode(1989), F.numberNode(1990),
        F.numberNode(2100), F.numberNode(2101), F.numberNode(1L << 40), F.numberNode((short) 7), F.numberNode(1990f),
        F.numberNode(0.1f), F.numberNode(java.math.BigInteger.valueOf(2000)), F.numberNode(java.math.BigInteger.TEN.pow(400)),
        F.numberNode(new java.math.BigDecimal("12.5")), F.numberNode(new java.math.BigDecimal("100.000")),
        F.numberNode(new java.math.BigDecimal("0E+3")), F.numberNode(Double.POSITIVE_INFINITY),
        F.objectNode(), F.arrayNode(),
    };

    /** One random change: a value replaced, removed or wrapped, or a key added, somewhere in the document. */
    private static JsonNode mutate(JsonNode root, SplittableRandom r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode at = containers.get(r.nextInt(containers.size()));
        if (at instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int what = r.nextInt(5);
            if (names.isEmpty() || what == 0) {
                o.set(r.nextBoolean() ? "unknownKey" : "source", REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
            } else {
                String name = names.get(r.nextInt(names.size()));
                switch (what) {
                    case 1 -> o.remove(name);
                    case 2 -> {
                        ObjectNode wrapped = F.objectNode();
                        wrapped.set("value", REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
                        if (r.nextBoolean()) {
                            wrapped.putObject("source").put("line", r.nextInt(3) - 1);
                        }
                        o.set(name, wrapped);
                    }
                    default -> o.set(name, REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
                }
            }
        } else if (at instanceof ArrayNode a) {
            if (a.isEmpty() || r.nextBoolean()) {
                a.add(REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
            } else {
                a.set(r.nextInt(a.size()), REPLACEMENTS[r.nextInt(REPLACEMENTS.length)]);
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
