package jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.Cli;
import jixiao.extract.ReportInput;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --format docx}: Word reports that jixiao's own reader reads back to the facts they were made from
 * (compared with {@code generate --format json} of the same seed), the same bytes for the same seed, and POI loaded
 * only when Word documents are asked for.
 */
class ReportDocxTest {

    private static final int COUNT = 6;
    private static final long SEED = 11;

    @TempDir
    Path dir;

    private Path generate(String format, String folder) {
        Path out = dir.resolve(folder);
        Cli cli = Cli.run("generate", "--count", String.valueOf(COUNT), "--seed", String.valueOf(SEED),
                "--format", format, "-o", out.toString());
        assertThat(cli.code()).as(cli.err()).isZero();
        return out;
    }

    private static String name(int i, String extension) {
        return String.format("report-%06d.%s", i, extension);
    }

    @Test
    void theReaderReadsBackTheIndicatorsAndTheFunding() throws Exception {
        Path docx = generate("docx", "docx");
        Path json = generate("json", "json");
        ReportInput input = new ReportInput(Path.of("rules"));
        for (int i = 0; i < COUNT; i++) {
            JsonNode generated = JsonMapper.builder().build().readTree(json.resolve(name(i, "json")).toFile());
            JsonNode read = input.extract(docx.resolve(name(i, "docx"))).facts();
            String report = name(i, "docx");
            assertThat(read.path("indicators").size()).as(report + " indicators")
                    .isEqualTo(generated.path("indicators").size());
            for (String field : List.of("budget", "spent")) {
                JsonNode value = read.path("funding").path(field);
                assertThat(value.path("value").decimalValue())
                        .as(report + " funding." + field + " " + value)
                        .isEqualByComparingTo(generated.path("funding").path(field).decimalValue());
            }
            for (int k = 0; k < generated.path("indicators").size(); k++) {
                JsonNode want = generated.path("indicators").path(k);
                JsonNode got = read.path("indicators").path(k);
                assertThat(got.path("level1").asText()).as(report + " indicator " + k).isEqualTo(want.path("level1").asText());
                assertThat(got.path("name").asText()).as(report + " indicator " + k).isEqualTo(want.path("name").asText());
            }
            assertThat(read.path("report").path("project").asText()).as(report)
                    .isEqualTo(generated.path("report").path("project").asText());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path first = generate("docx", "first");
        Path second = generate("docx", "second");
        for (int i = 0; i < COUNT; i++) {
            assertThat(Files.readAllBytes(second.resolve(name(i, "docx"))))
                    .as(name(i, "docx")).isEqualTo(Files.readAllBytes(first.resolve(name(i, "docx"))));
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(first.resolve(name(0, "docx"))))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal().toLocalDate().getDayOfMonth()).as(e.getName()).isEqualTo(1);
            }
        }
    }

    @Test
    void theIndicatorTableIsAWordTableWithItsFirstColumnMerged() throws IOException {
        Path docx = generate("docx", "docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx.resolve(name(0, "docx"))))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables.get(1).getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分");
            XWPFTable indicators = tables.get(2);
            assertThat(indicators.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                            "偏差原因分析及改进措施");
            List<String> merges = new ArrayList<>();
            for (int r = 1; r < indicators.getNumberOfRows(); r++) {
                var pr = indicators.getRow(r).getCell(0).getCTTc().getTcPr();
                merges.add(pr.isSetVMerge() ? (pr.getVMerge().isSetVal() ? pr.getVMerge().getVal().toString() : "continue")
                        : "none");
            }
            assertThat(merges.get(0)).isEqualTo("restart");
            assertThat(merges).contains("continue");
        }
    }

    /** POI's classes load for Word output and for no other: the JSON path stays as quick to start as it was. */
    @Test
    void poiLoadsOnlyForWord() throws Exception {
        assertThat(loadsPoi("json")).isFalse();
        assertThat(loadsPoi("docx")).isTrue();
    }

    private boolean loadsPoi(String format) throws Exception {
        Path out = dir.resolve("child-" + format);
        Path log = dir.resolve("classes-" + format + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "-Djixiao.home=" + Path.of("").toAbsolutePath(), "jixiao.cli.Main",
                "generate", "--count", "2", "--format", format, "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + format + ".out").toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(dir.resolve("child-" + format + ".out"))).isZero();
        return Files.readString(log, StandardCharsets.UTF_8).contains("org.apache.poi.");
    }
}
