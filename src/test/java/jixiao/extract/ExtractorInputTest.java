package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: BOM and CR LF change nothing; unreadable input and a broken vocabulary give one line each. */
class ExtractorInputTest {

    @TempDir
    Path tmp;

    @Test
    void bomAndCrLfGiveTheSameFacts() throws Exception {
        Path seed = Path.of("fixtures/leshan-2021/report.md");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Path windows = tmp.resolve("report.md");
        Files.writeString(windows, "\uFEFF" + text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        JsonNode plain = Extract.extractor().extract(seed).facts();
        assertThat(Extract.extractor().extract(windows).facts()).isEqualTo(plain);
    }

    @Test
    void aHeadingOfAColonAloneIsNoHeading() {
        // It made the heading reader fail (an internal error, and a batch stopped); now it is a line like any other.
        var extraction = Extract.extractor().extract("x.md",
                "某县教育局\n\n2023年度教师培训项目支出绩效自评报告\n\n## ：\n\n### :\n\n正文。\n");
        assertThat(extraction.facts().at("/report/department").asText()).isEqualTo("某县教育局");
        assertThat(extraction.facts().at("/report/project").asText()).isEqualTo("教师培训");
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = tmp.resolve("nothing.md");
        assertThatThrownBy(() -> Extract.extractor().extract(missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void gbkTextIsReadWithAWarningAndBinaryIsRefusedInOneLine() throws Exception {
        Path gbk = tmp.resolve("report.txt");
        String text = "某县教育局\n\n2023年度教师培训项目支出绩效自评报告\n";
        Files.write(gbk, text.getBytes("GBK"));
        var extraction = Extract.extractor().extract(gbk);
        assertThat(extraction.warnings()).containsExactly(gbk + ": not UTF-8; read as GB18030 (Chinese national encoding)");
        assertThat(extraction.facts().at("/report/year").asInt()).isEqualTo(2023);
        Path binary = tmp.resolve("garbage.txt");
        Files.write(binary, new byte[] {(byte) 0xFF, 0, (byte) 0xFE, 1, 2, 3});
        assertThatThrownBy(() -> Extract.extractor().extract(binary))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(binary + ": not text in UTF-8, UTF-16 or GB18030")
                .hasMessageNotContaining("\n");
    }

    @Test
    void brokenVocabularyNamesFileAndPlace() throws Exception {
        Path yaml = tmp.resolve("extraction.yaml");
        String shipped = Files.readString(Extract.VOCABULARY);
        Files.writeString(yaml, shipped.replace("defaultKind: \">=\"", "defaultKind: [oops]"));
        assertThatThrownBy(() -> ExtractionPatterns.load(yaml))
                .isInstanceOf(BadRulesException.class)
                .hasMessage(yaml + "#/defaultKind: text expected");
    }

    @Test
    void missingIdentityIsLeftOutWithNotes() {
        Extraction e = Extract.extractor().extract("x.md", "全年计划培训教师不少于 100 人次。\n");
        assertThat(e.facts().path("report").has("year")).isFalse();
        assertThat(e.notes()).anyMatch(n -> n.pointer().equals("/report/year"));
    }
}
