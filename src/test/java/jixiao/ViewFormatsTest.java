package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --format html} (the page's view as one file) and {@code --format docx} (the section as Word). */
class ViewFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"report.json", "report.md", "report.docx", "report.pdf"})
    void theHtmlFileShowsEveryFindingMarkedAndNeedsNoScript(String name) throws Exception {
        Path out = dir.resolve(name + ".html");
        Cli json = Cli.run("check", "fixtures/leshan-2021/" + name, "--format", "json");
        Cli html = Cli.run("check", "fixtures/leshan-2021/" + name, "--format", "html", "-o", out.toString());
        assertThat(html.code()).isEqualTo(json.code());
        String page = Files.readString(out);
        int findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("findings").size();
        assertThat(page.split("<li id=\"f", -1)).hasSize(findings + 1);
        assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("<script").contains("id=\"score-chart\"")
                .contains("<details class=\"why\">").contains("sha256:").contains("id=\"near-misses\"");
        if (!name.endsWith(".json")) {
            // a report's text: IND-UNMET links to a marked line of it, and that line links back
            String link = page.substring(page.indexOf("data-rule=\"IND-UNMET\""));
            String target = link.substring(link.indexOf("class=\"goto\" href=\"#") + 20);
            target = target.substring(0, target.indexOf('"'));
            assertThat(page).contains("id=\"" + target + "\" class=\"line marked\"").contains("data-rule=\"IND-UNMET\" href=\"#f");
        }
        // the same input gives the same bytes
        Path again = dir.resolve(name + ".again.html");
        Cli.run("check", "fixtures/leshan-2021/" + name, "--format", "html", "-o", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void aReportWithItsFormApartShowsTheFactsOfBoth() throws Exception {
        String report = "fixtures/documents/split/report.md";
        String form = "fixtures/documents/split/自评表.xlsx";
        Path out = dir.resolve("split.html");
        Cli json = Cli.run("check", report, "--form", form, "--format", "json");
        Cli html = Cli.run("check", report, "--form", form, "--format", "html", "-o", out.toString());
        assertThat(html.code()).as(html.err()).isEqualTo(json.code());
        String page = Files.readString(out);
        int findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("findings").size();
        assertThat(page.split("<li id=\"f", -1)).hasSize(findings + 1);
        // the form's value, not the text's 452; and the report's own text is shown
        assertThat(page).contains("data-pointer=\"/funding/spent/value\" data-type=\"number\" value=\"456\"")
                .contains("class=\"line");
    }

    @Test
    void reportTextIsEscapedInTheHtmlFile() throws Exception {
        Path report = dir.resolve("r.json");
        Files.writeString(report, Files.readString(Path.of("fixtures/leshan-2021/report.json"))
                .replace("\"外事活动\"", "\"<script>alert(1)</script>\"")
                .replace("由于疫情原因，接待外宾人次数量指标未达标。", "\\\"><img src=x onerror=alert(2)>"));
        Path out = dir.resolve("r.html");
        Cli.run("check", report.toString(), "--format", "html", "-o", out.toString());
        String page = Files.readString(out);
        assertThat(page).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void theWordSectionCarriesEachItemsRuleIdsAsAComment() throws Exception {
        Path out = dir.resolve("section.docx");
        Cli c = Cli.run("check", "fixtures/leshan-2021/report.docx", "--format", "docx", "--today", "2026-12-06", "-o",
                out.toString());
        assertThat(c.code()).isZero();
        String markdown = Cli.run("check", "fixtures/leshan-2021/report.docx", "--format", "markdown").out();
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph first = doc.getParagraphs().get(0);
            assertThat(first.getText()).isEqualTo("四、问题及建议");
            assertThat(doc.getStyles().getStyle(first.getStyle()).getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("黑体");
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .startsWith("仿宋");
            XWPFComment[] comments = doc.getComments();
            long items = markdown.lines().filter(l -> l.matches("\\d+\\. .*")).count();
            assertThat(comments).hasSize((int) items);
            // each item's comment names the rules its line in the Markdown section ends with
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (!p.getText().matches("\\d+\\. .*")) {
                    continue;
                }
                String id = p.getCTP().getCommentRangeStartArray(0).getId().toString();
                XWPFComment comment = Arrays.stream(comments).filter(k -> k.getId().equals(id)).findFirst().orElseThrow();
                String ids = comment.getText().substring(0, comment.getText().indexOf(" · "));
                assertThat(markdown).contains(p.getText() + "〔" + ids + "〕");
            }
        }
        Path again = dir.resolve("again.docx");
        Cli.run("check", "fixtures/leshan-2021/report.docx", "--format", "docx", "--today", "2026-12-06", "-o",
                again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void aWordFileIsNeverWrittenToTheTerminal() {
        Cli c = Cli.run("check", "fixtures/leshan-2021/report.json", "--format", "docx");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err().strip()).isEqualTo("jixiao check: --format docx writes a Word file: name it with -o FILE.docx");
    }
}
