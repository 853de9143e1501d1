package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long report fires more, and rightly: 1,500 missed indicators are checked (exit 1), not taken for rules feeding
 * each other; the firing cap grows with the report.
 */
class LargeReportTest {

    @TempDir
    Path dir;

    @Test
    void fifteenHundredMissedIndicatorsAreCheckedNotStopped() throws Exception {
        StringBuilder indicators = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            indicators.append(i == 0 ? "" : ",").append("{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"指标名")
                    .append(i).append("\",\"kind\":\">=\",\"target\":10,\"actual\":5}");
        }
        Path report = Files.writeString(dir.resolve("many.json"), "{\"report\":{\"department\":\"某局\",\"project\":"
                + "\"某项目\",\"year\":2024},\"funding\":{\"budget\":10,\"arrived\":10,\"spent\":10},\"indicators\":["
                + indicators + "]}");
        Cli run = Cli.run("check", report.toString(), "--format", "json");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("keeps firing");
        assertThat(run.out()).contains("\"ruleId\": \"IND-UNMET\"");
    }
}
