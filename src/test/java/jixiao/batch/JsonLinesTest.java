package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bytes of a line are those of Jackson's string of the record in UTF-8 (fields, order, nulls left out, numbers),
 * but where UTF-8 cannot hold a character.
 */
class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BatchLine line(String department, String message) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("error", 1);
        counts.put("warning", 0);
        return new BatchLine("dir/r.json", BatchLine.OK, department, "项目", 2021, 92.01, "优", counts,
                List.of(new BatchLine.Item("IND-UNMET", "warning", "指标\t1", message, null),
                        new BatchLine.Item("SAT-BELOW-MIN", "error", "满意度", "低于95%", true)),
                null, List.of("a warning"));
    }

    @Test
    void aLineIsJacksonsTextInUtf8WithALineFeed() throws Exception {
        JsonLines lines = new JsonLines();
        for (BatchLine line : List.of(
                line("乐山市经济合作和外事局", "完成率—%；引号\"与反斜杠\\与控制符\u0001"),
                line("部门😀", "𠀀 outside the BMP, and / and </script>"),
                BatchLine.failed("dir/bad.json", BatchLine.BAD_INPUT, List.of("dir/bad.json:1:2: unexpected end")),
                new BatchLine("r.md", BatchLine.OK, null, null, null, null, null, new LinkedHashMap<>(), List.of(),
                        java.util.Arrays.asList("an error", null), List.of()),
                new BatchLine("r.json", BatchLine.OK, "d", "p", -1, 1e-7, "差", Map.of("error", 3), List.of(
                        new BatchLine.Item(null, "info", null, null, false)), null, null),
                new BatchLine("r.json", BatchLine.OK, "d", "p", 2021, 100.0, "优", null, null, null,
                        List.of("x", "一行\n两行")),
                // Past the generator's 1,000-character segments: a pair across the boundary, long Chinese text.
                line("a".repeat(999) + "😀" + "b".repeat(2000), "中".repeat(5000) + "😀".repeat(700)),
                line("部门", "a".repeat(998) + "😀😀" + "\"".repeat(1500)))) {
            byte[] expected = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            assertThat(lines.bytes(line)).isEqualTo(expected);
            assertThat(text(lines, line)).isEqualTo(JSON.writeValueAsString(line) + "\n");
        }
    }

    private static String text(JsonLines lines, BatchLine line) {
        return new String(lines.bytes(line), StandardCharsets.UTF_8);
    }

    @Test
    void aLoneSurrogateIsWrittenAsItsEscape() throws Exception {
        String written = text(new JsonLines(), line("部门\ud800", "\udc00尾"));
        assertThat(written).contains("\"department\":\"部门\\uD800\"").contains("\"message\":\"\\uDC00尾\"");
        assertThat(JSON.readTree(written).path("department").asText()).isEqualTo("部门\ud800");
        String far = text(new JsonLines(), line("x", "中".repeat(1200) + "\ud800" + "尾\udbff"));
        assertThat(far).contains("中\\uD800尾\\uDBFF\"},");
        assertThat(JSON.readTree(far).at("/findings/0/message").asText()).isEqualTo("中".repeat(1200) + "\ud800尾\udbff");
    }
}
