package jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jixiao.load.BadInputException;
import jixiao.load.ReportReader;
import jixiao.model.IndicatorKind;
import jixiao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsTheSampleWithSources() throws Exception {
        Report r = new ReportReader().read(Path.of("fixtures/leshan-2021/report.json"));
        assertThat(r.identity().year()).isEqualTo(2021);
        assertThat(r.funding().arrived().number()).isEqualTo(23.83);
        assertThat(r.funding().arrived().source().line()).isEqualTo(31);
        assertThat(r.indicators()).hasSize(9);
        assertThat(r.indicators().get(1).kind()).isEqualTo(IndicatorKind.AT_LEAST);
        assertThat(r.indicators().get(1).actual().pointer()).isEqualTo("/indicators/1/actual");
        assertThat(r.suggestions().get(0).source().line()).isEqualTo(77);
    }

    @Test
    void yamlOfTheSameShapeAndMoneyInYuan() throws Exception {
        Path p = write("r.yaml", """
                report: {department: 局, project: 项目, year: 2024}
                funding: {unit: 元, budget: 238300, arrived: 238300, spent: 200000}
                indicators:
                  - {level1: 产出指标, name: 场次, kind: ">=", target: 5, actual: 5}
                """);
        Report r = new ReportReader().read(p);
        assertThat(r.funding().budget().number()).isEqualTo(23.83, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.funding().spent().number()).isEqualTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws Exception {
        Path p = write("bad.json", "{\n  \"report\": {\n    \"year\": 2021,,\n  }\n}\n");
        assertThatThrownBy(() -> new ReportReader().read(p))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(p + ":3:");
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithItsPlace() throws Exception {
        Path json = write("dup.json", "{\n  \"report\": {\n    \"project\": \"甲\",\n    \"project\": \"乙\"\n  }\n}\n");
        assertThatThrownBy(() -> new ReportReader().read(json))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(json + ":4:")
                .hasMessageEndingWith(": Duplicate field 'project' (a key may be given once in an object)");
        Path yaml = write("dup.yaml", "report:\n  project: 甲\n  project: 乙\n");
        assertThatThrownBy(() -> new ReportReader().read(yaml))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(yaml + ":3:")
                .hasMessageContaining("Duplicate field 'project'");
    }

    @Test
    void everySchemaProblemAtOnceByJsonPointer() throws Exception {
        Path p = write("bad.json", """
                {"report": {"department": "局", "project": "项目", "year": "二〇二一"},
                 "funding": {"budget": -5, "spent": "many"},
                 "indicators": [{"level1": "产出", "name": "x", "kind": ">="}]}
                """);
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> new ReportReader().read(p));
        assertThat(e.problems()).anyMatch(m -> m.startsWith(p + "#/report/year: "));
        assertThat(e.problems()).anyMatch(m -> m.startsWith(p + "#/funding/budget: "));
        assertThat(e.problems()).anyMatch(m -> m.startsWith(p + "#/funding/spent: "));
        assertThat(e.problems()).anyMatch(m -> m.startsWith(p + "#/indicators/0/level1: "));
        assertThat(e.problems()).allMatch(m -> !m.contains("\n"));
    }

    @Test
    void textWhereANumberIsNeeded() throws Exception {
        Path p = write("bad.yaml", """
                report: {department: 局, project: 项目, year: 2024}
                funding: {}
                indicators:
                  - {level1: 满意度指标, name: 满意度, kind: ">=", target: 九成五, actual: 96}
                """);
        assertThatThrownBy(() -> new ReportReader().read(p))
                .hasMessage(p + "#/indicators/0/target: expected a number, since kind is >=, found text \"九成五\"");
    }

    @Test
    void emptyMissingAndUnknownFiles() throws Exception {
        assertThatThrownBy(() -> new ReportReader().read(write("e.json", "")))
                .hasMessageEndingWith("e.json: the file is empty");
        assertThatThrownBy(() -> new ReportReader().read(tmp.resolve("none.json")))
                .hasMessageEndingWith("none.json: no such file");
        assertThatThrownBy(() -> new ReportReader().read(write("r.txt", "x")))
                .hasMessageContaining("unsupported file type");
    }
}
