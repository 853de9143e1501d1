package jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jixiao.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --format sarif} of the sample, as facts, text, Word and PDF, passes the OASIS SARIF 2.1.0 schema
 * (src/test/resources/sarif/sarif-schema-2.1.0.json, the errata01 text as OASIS publishes it), and says what the
 * JSON output says: each finding's rule, level and place in the report.
 */
class SarifTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode tree = JSON.readTree(in);
            assertThat(tree.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-04/schema#");
            // Formats (uri, uri-reference, date-time) are asserted too, not only shapes.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(tree, config);
        }
    }

    private static JsonNode run(String... args) throws IOException {
        Cli cli = Cli.run(args);
        assertThat(cli.code()).as(cli.err()).isIn(0, 1);
        return JSON.readTree(cli.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.json", "report.md", "report.docx", "report.pdf"})
    void theSamplePassesTheSchemaAndCarriesEveryFinding(String file) throws IOException {
        String path = "fixtures/leshan-2021/" + file;
        JsonNode sarif = run("check", path, "--format", "sarif", "--today", "2026-01-01");
        Set<ValidationMessage> problems = schema.validate(sarif);
        assertThat(problems).as(file).isEmpty();

        JsonNode result = run("check", path, "--format", "json", "--today", "2026-01-01");
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(result.path("findings").size());
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            JsonNode f = result.path("findings").get(i);
            assertThat(r.path("ruleId").asText()).isEqualTo(f.path("ruleId").asText());
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(f.path("ruleId").asText());
            assertThat(r.path("level").asText()).isEqualTo(SarifRenderer.level(f.path("severity").asText()));
            assertThat(r.at("/message/text").asText()).isEqualTo(f.path("message").asText());
            JsonNode location = r.at("/locations/0");
            assertThat(location.at("/physicalLocation/artifactLocation/uri").asText())
                    .isEqualTo(SarifRenderer.uri(path));
            JsonNode source = f.at("/trace/source");
            if (source.hasNonNull("locator")) {
                assertThat(location.at("/message/text").asText()).isEqualTo(source.path("locator").asText());
            } else if (source.hasNonNull("line")) {
                assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(source.path("line").asInt());
            }
        }
    }

    @Test
    void rulesCarryTitleCitationAndHelp() throws IOException {
        JsonNode rules = run("check", "fixtures/leshan-2021/report.json", "--format", "sarif").at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).contains("IND-UNMET", "IND-CATEGORY-MISSING").isSorted().doesNotHaveDuplicates();
        JsonNode unmet = rules.get(ids.indexOf("IND-UNMET"));
        assertThat(unmet.at("/shortDescription/text").asText()).isEqualTo("指标未完成年度指标值");
        assertThat(unmet.at("/fullDescription/text").asText()).startsWith("财预〔2020〕10号");
        assertThat(unmet.at("/help/text").asText()).isNotBlank();
        assertThat(unmet.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void waivedFindingsAreSuppressedNotDropped(@TempDir Path dir) throws IOException {
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: IND-OVERACHIEVED, reason: 省外办统一部署, approvedBy: 张三, until: 2027-06-30}\n");
        JsonNode sarif = run("check", "fixtures/leshan-2021/report.json", "--format", "sarif",
                "--waivers", waivers.toString(), "--today", "2026-01-01");
        assertThat(schema.validate(sarif)).isEmpty();
        boolean anySuppressed = false;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            anySuppressed |= r.has("suppressions");
        }
        assertThat(anySuppressed).isTrue();
    }

    /** The schema is no rubber stamp: a level SARIF does not know, or a result without a message, is refused. */
    @Test
    void theSchemaRefusesWhatSarifDoesNotAllow() throws IOException {
        JsonNode sarif = run("check", "fixtures/leshan-2021/report.json", "--format", "sarif");
        JsonNode badLevel = sarif.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "info");
        assertThat(schema.validate(badLevel)).isNotEmpty();
        JsonNode noMessage = sarif.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noMessage.at("/runs/0/results/0")).remove("message");
        assertThat(schema.validate(noMessage)).isNotEmpty();
    }

    @Test
    void paths() {
        assertThat(SarifRenderer.uri("reports/自评 报告.docx")).isEqualTo("reports/%E8%87%AA%E8%AF%84%20%E6%8A%A5%E5%91%8A.docx");
        assertThat(SarifRenderer.uri("/data/r.json")).isEqualTo("file:///data/r.json");
    }
}
