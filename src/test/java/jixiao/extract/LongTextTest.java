package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text laid out in no usual way (a whole report on one line, a run of lines with no sentence end) is read in
 * paragraphs no longer than {@link ReportText#MAX_PASSAGE}: the readers' work then grows with the text, not with
 * the square of a line's length (a 400 KB line took 10.6 s, a 10 MB one hours).
 */
class LongTextTest {

    private static ExtractionPatterns patterns() {
        try {
            return ExtractionPatterns.load(Path.of("rules/extraction.yaml"));
        } catch (jixiao.load.BadRulesException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Extractor extractor = new Extractor(patterns());

    @Test
    void aLongLineIsCutAtSentenceEnds() {
        String text = "培训人次达到120人次。".repeat(2_000); // 24,000 characters, one line
        List<String> pieces = ReportText.pieces(text);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allMatch(p -> p.length() <= ReportText.MAX_PASSAGE).allMatch(p -> p.endsWith("。"));
        String unbroken = "甲".repeat(10_001);
        assertThat(ReportText.pieces(unbroken)).hasSize(3).allMatch(p -> p.length() <= ReportText.MAX_PASSAGE);
    }

    @Test
    void everyParagraphOfALongReportIsBounded() {
        String oneLine = "培训人次达到120人次，满意度98%，".repeat(10_000);
        String manyLines = "培训人次达到120人次，满意度98%\n".repeat(10_000);
        for (String body : List.of(oneLine, manyLines)) {
            String text = "# 某县教育局\n\n## 2023年度教师培训项目支出绩效自评报告\n\n### 一、项目完成情况\n\n" + body;
            ReportText report = ReportText.of(new jixiao.document.TextFile(extractor.layouts()).of("long.md", text, false),
                    new Headings(patterns()));
            assertThat(report.passages()).isNotEmpty()
                    .allMatch(p -> p.text().length() <= ReportText.MAX_PASSAGE + 200);
        }
    }
}
