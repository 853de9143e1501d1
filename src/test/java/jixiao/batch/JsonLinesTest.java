package jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes of a line are those of Jackson's string of it in UTF-8, but where UTF-8 cannot hold a character. */
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
                BatchLine.failed("dir/bad.json", BatchLine.BAD_INPUT, List.of("dir/bad.json:1:2: unexpected end")))) {
            byte[] expected = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            assertThat(lines.bytes(line)).isEqualTo(expected);
            assertThat(lines.text(line)).isEqualTo(JSON.writeValueAsString(line) + "\n");
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsItsEscape() throws Exception {
        String written = new JsonLines().text(line("部门\ud800", "\udc00尾"));
        assertThat(written).contains("\"department\":\"部门\\uD800\"").contains("\"message\":\"\\uDC00尾\"");
        assertThat(JSON.readTree(written).path("department").asText()).isEqualTo("部门\ud800");
    }
}
