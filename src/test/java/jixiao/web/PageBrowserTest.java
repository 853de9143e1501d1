package jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.Cli;
import jixiao.TestRules;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven through its chromedriver (nothing is downloaded).
 * Each step saves a screenshot under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    static WebServer server;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver fonts-noto-cjk (bin/test does it)");
        }
        server = new WebServer(TestRules.shipped(), TestRules.DIR,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2, "jixiao test",
                new PrintWriter(new StringWriter(), true));
        server.start();
        downloads = Files.createTempDirectory("jixiao-downloads");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--user-data-dir="
                        + Files.createTempDirectory("jixiao-chromium"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the view is replaced on recheck
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void openPage() {
        // the page afresh for each step (the mailed file's step opens its own)
        browser.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static void upload(String inputId, Path... files) {
        List<String> paths = new ArrayList<>();
        for (Path f : files) {
            paths.add(f.toAbsolutePath().toString());
        }
        browser.findElement(By.id(inputId)).sendKeys(String.join("\n", paths));
    }

    static WebElement finding(String rule) {
        return browser.findElement(By.cssSelector(".view .finding[data-rule='" + rule + "']"));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    @Order(1)
    void theSampleDocxShowsItsFindingsOnItsLinesAndItsScore() throws Exception {
        upload("file-single", Path.of("fixtures/leshan-2021/report.docx"));
        wait.until(d -> !d.findElements(By.id("score-total")).isEmpty());
        assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("92.01");
        assertThat(browser.findElement(By.id("score-grade")).getText()).isEqualTo("优");
        shot("0-page"); // docs/page.png, the README's picture, is this one
        assertThat(browser.findElement(By.id("report-title")).getText()).contains("外事活动");
        // The chart: points earned against points available, one bar a part.
        List<WebElement> bars = browser.findElements(By.cssSelector("#score-chart g.bar"));
        assertThat(bars).extracting(b -> b.getAttribute("data-part")).containsExactly("execution", "output", "satisfaction");
        assertThat(bars.get(1).getAttribute("data-score")).isEqualTo("49.4");
        assertThat(bars.get(1).getAttribute("data-weight")).isEqualTo("50");
        // IND-UNMET stands on the line that reports 55 visitors; its link goes there and the mark comes back.
        String target = finding("IND-UNMET").findElement(By.cssSelector("a.goto")).getAttribute("href");
        String id = target.substring(target.indexOf('#') + 1);
        WebElement line = browser.findElement(By.id(id));
        assertThat(line.getAttribute("class")).contains("marked");
        assertThat(line.getText()).contains("55");
        finding("IND-UNMET").findElement(By.cssSelector("a.goto")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("#" + id));
        shot("1-marked-line");
        WebElement back = line.findElement(By.cssSelector("a.mark[data-rule='IND-UNMET']"));
        back.click();
        String findingId = finding("IND-UNMET").getAttribute("id");
        wait.until(d -> d.getCurrentUrl().endsWith("#" + findingId));
        // Every finding the command line gives is on the page.
        var cli = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Cli.run("check", "fixtures/leshan-2021/report.docx", "--format", "json").out()).path("findings");
        assertThat(browser.findElements(By.cssSelector("#view .finding"))).hasSize(cli.size());
        shot("1-sample-docx");
        // "why" opens explain's chain: the rule's file and line.
        WebElement why = finding("IND-UNMET").findElement(By.cssSelector("details.why"));
        why.findElement(By.tagName("summary")).click();
        assertThat(why.findElement(By.tagName("pre")).getText()).contains("rules/indicators.drl:");
        // Filters: unticking warnings hides them; a rule filter leaves one rule.
        browser.findElement(By.id("show-warning")).click();
        assertThat(finding("IND-UNMET").isDisplayed()).isFalse();
        browser.findElement(By.id("show-warning")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rule-filter"))).selectByValue("IND-OVERACHIEVED");
        assertThat(finding("IND-UNMET").isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#view .finding[data-rule='IND-OVERACHIEVED']")))
                .allMatch(WebElement::isDisplayed);
    }

    @Test
    @Order(2)
    void aCorrectedValueIsRecheckedAtOnce() throws Exception {
        upload("file-single", Path.of("fixtures/leshan-2021/report.docx"));
        wait.until(d -> !d.findElements(By.id("score-total")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#view .finding[data-rule='IND-UNMET']"))).hasSize(1);
        WebElement actual = browser.findElement(By.cssSelector("input.fact[data-pointer='/indicators/1/actual/value']"));
        assertThat(actual.getAttribute("value")).isEqualTo("55");
        actual.clear();
        actual.sendKeys("60", Keys.TAB);
        wait.until(d -> d.findElements(By.cssSelector("#view .finding[data-rule='IND-UNMET']")).isEmpty());
        assertThat(browser.findElement(By.id("score-total")).getText()).isNotEqualTo("92.01");
        assertThat(browser.findElement(By.cssSelector("input.fact[data-pointer='/indicators/1/actual/value']"))
                .getAttribute("class")).contains("changed");
        assertThat(browser.findElement(By.id("section-plain")).getText()).doesNotContain("接待外宾人次未完成");
        shot("2-corrected");
        // The corrected facts download as JSON, and the command line reads them.
        browser.findElement(By.id("download-facts")).click();
        Path facts = downloaded(".facts.json");
        assertThat(Files.readString(facts)).contains("\"value\": 60");
        assertThat(Cli.run("check", facts.toString()).out()).doesNotContain("IND-UNMET");
    }

    @Test
    @Order(3)
    void theSectionCopiesAsPlainTextAndDownloadsAsWordWithRuleIdsAsComments() throws Exception {
        upload("file-single", Path.of("fixtures/leshan-2021/report.docx"));
        wait.until(d -> !d.findElements(By.id("section-plain")).isEmpty());
        String plain = browser.findElement(By.id("section-plain")).getText();
        assertThat(plain).startsWith("四、问题及建议").doesNotContain("##").doesNotContain("IND-").doesNotContain("〔");
        browser.findElement(By.id("download-docx")).click();
        Path docx = downloaded(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + b + "\n");
            assertThat(text).contains("四、问题及建议").contains("（一）存在的问题").doesNotContain("〔IND-");
            XWPFComment[] comments = doc.getComments();
            assertThat(comments).isNotEmpty();
            assertThat(comments).anyMatch(c -> c.getText().startsWith("IND-UNMET"));
            assertThat(comments).allMatch(c -> c.getText().contains("sha256:"));
            assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Heading1");
            // one comment an item: as many as the numbered items of both parts
            long items = doc.getParagraphs().stream().filter(p -> p.getText().matches("\\d+\\. .*")).count();
            assertThat(comments).hasSize((int) items);
        }
    }

    @Test
    @Order(4)
    void aBatchOfFiftyGeneratedReportsFillsASortableTableAndItsCharts() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-batch");
        assertThat(Cli.run("generate", "--count", "40", "--seed", "11", "-o", dir.resolve("json").toString()).code()).isZero();
        assertThat(Cli.run("generate", "--count", "10", "--seed", "12", "--format", "docx", "-o",
                dir.resolve("docx").toString()).code()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(json|md|docx)$")).sorted().toList();
        }
        assertThat(files).hasSize(50);
        browser.findElement(By.id("tab-batch")).click();
        upload("file-batch", files.toArray(Path[]::new));
        wait.until(d -> d.findElements(By.cssSelector("#batch-table tbody tr")).size() == 50);
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("50");
        // The count the page kept while the reports came in, one line each (hidden once the batch is shown).
        assertThat(browser.findElement(By.id("batch-progress")).getAttribute("textContent"))
                .isEqualTo("已检查 50 / 50 份");
        // Sorting by total, then again the other way.
        browser.findElement(By.cssSelector("#batch-table th[data-key='total']")).click();
        List<Double> up = totals();
        assertThat(up).isSorted();
        browser.findElement(By.cssSelector("#batch-table th[data-key='total']")).click();
        List<Double> down = totals();
        assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The charts: grades add up to the reports graded; rules raised most are drawn.
        List<WebElement> grades = browser.findElements(By.cssSelector("#chart-grades rect"));
        int graded = grades.stream().mapToInt(r -> Integer.parseInt(r.getAttribute("data-count"))).sum();
        assertThat(graded).isEqualTo(up.size());
        assertThat(browser.findElements(By.cssSelector("#chart-rules rect"))).isNotEmpty();
        shot("4-batch");
        browser.findElement(By.id("download-xlsx")).click();
        Path xlsx = downloaded(".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(50);
        }
        browser.findElement(By.id("download-jsonl")).click();
        assertThat(Files.readAllLines(downloaded(".jsonl"))).hasSize(50);
    }

    private static List<Double> totals() {
        List<Double> out = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#batch-table tbody tr"))) {
            String t = row.findElements(By.tagName("td")).get(3).getText();
            if (!t.isEmpty()) {
                out.add(Double.parseDouble(t));
            }
        }
        return out;
    }

    @Test
    @Order(5)
    void theLanguageSwitchesAndTheFooterNamesTheRuleSet() throws Exception {
        upload("file-single", Path.of("fixtures/leshan-2021/report.json"));
        wait.until(d -> !d.findElements(By.id("score-total")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#findings h2")).getText()).startsWith("检查发现");
        browser.findElement(By.id("lang-en")).click();
        wait.until(d -> d.findElement(By.cssSelector("#findings h2")).getText().startsWith("Findings"));
        assertThat(browser.findElement(By.cssSelector("[data-label='drop']")).getText()).startsWith("Drop a report");
        assertThat(finding("IND-UNMET").findElement(By.cssSelector(".message")).getText()).contains("target");
        assertThat(browser.findElement(By.id("section-plain")).getText()).startsWith("IV. Problems and suggestions");
        String fingerprint = Cli.run("rules", "fingerprint").out().strip();
        assertThat(fingerprint).contains(browser.findElement(By.id("fingerprint")).getText());
        assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("jixiao test");
        shot("5-english");
        browser.findElement(By.id("lang-zh")).click();
        wait.until(d -> d.findElement(By.cssSelector("#findings h2")).getText().startsWith("检查发现"));
    }

    @Test
    @Order(6)
    void reportTextIsShownAsTextNeverRun() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-xss");
        String facts = Files.readString(Path.of("fixtures/leshan-2021/report.json"))
                .replace("\"外事活动\"", "\"<script>window.pwned=1</script>外事\"")
                .replace("由于疫情原因，接待外宾人次数量指标未达标。", "\\\"><img src=x onerror=\\\"window.pwned=2\\\">");
        Path report = dir.resolve("<img src=x onerror=alert(1)>.json");
        Files.writeString(report, facts);
        upload("file-single", report);
        wait.until(d -> !d.findElements(By.id("score-total")).isEmpty());
        assertThat(browser.findElement(By.id("report-title")).getText()).contains("<script>window.pwned=1</script>外事");
        assertThat(browser.findElement(By.cssSelector("#view .file")).getText()).isEqualTo("<img src=x onerror=alert(1)>.json");
        assertThat(browser.findElements(By.cssSelector("#view img, #view script"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("input.fact[data-pointer='/problems/0/text']"))
                .getAttribute("value")).isEqualTo("\"><img src=x onerror=\"window.pwned=2\">");
        assertThat(js("return window.pwned === undefined;")).isEqualTo(true);
        shot("6-escaped");
    }

    @Test
    @Order(7)
    void aMalformedUploadIsSaidOnThePageAndTheNextOneIsChecked() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-bad");
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"report\": {\"project\": 1,}");
        upload("file-single", bad);
        wait.until(d -> d.findElement(By.id("alert")).isDisplayed());
        String cli = Cli.run("check", bad.toString()).err().strip().replace(bad.toString(), "broken.json");
        assertThat(browser.findElement(By.id("alert")).getText()).isEqualTo(cli);
        shot("7-malformed");
        // A dropped file (a drop event, not the picker) is checked, and the error goes.
        js("const json = arguments[0];"
                + "const dt = new DataTransfer(); dt.items.add(new File([json], 'dropped.json', {type: 'application/json'}));"
                + "document.getElementById('drop-single').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true}));",
                Files.readString(Path.of("fixtures/leshan-2021/report.json")));
        wait.until(d -> !d.findElements(By.id("score-total")).isEmpty());
        assertThat(browser.findElement(By.id("alert")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#view .file")).getText()).isEqualTo("dropped.json");
    }

    @Test
    @Order(8)
    void theMailedFileWorksWithoutAServer() throws Exception {
        Path html = Files.createTempDirectory("jixiao-mail").resolve("report.html");
        assertThat(Cli.run("check", "fixtures/leshan-2021/report.pdf", "--format", "html", "-o", html.toString()).code())
                .isZero();
        browser.get(html.toUri().toString());
        assertThat(browser.findElement(By.id("score-total")).getText()).isEqualTo("92.01");
        WebElement go = finding("IND-UNMET").findElement(By.cssSelector("a.goto"));
        String target = go.getAttribute("href").substring(go.getAttribute("href").indexOf('#') + 1);
        go.click();
        wait.until(d -> d.getCurrentUrl().endsWith("#" + target));
        assertThat(browser.findElement(By.id(target)).getText()).contains("55");
        // the severity boxes work by the stylesheet alone
        browser.findElement(By.id("show-info")).click();
        assertThat(browser.findElement(By.cssSelector(".finding[data-rule='IND-OVERACHIEVED']")).isDisplayed()).isFalse();
        assertThat(finding("IND-UNMET").isDisplayed()).isTrue();
        shot("8-mailed-file");
    }

    /** The newest file in the download folder ending so, once the browser has finished writing it. */
    private static Path downloaded(String suffix) throws Exception {
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < 20_000) {
            try (Stream<Path> s = Files.list(downloads)) {
                var found = s.filter(p -> p.toString().endsWith(suffix))
                        .max(java.util.Comparator.comparingLong(p -> p.toFile().lastModified()));
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    Path p = found.get();
                    Path kept = Files.createTempFile("jixiao-download", suffix);
                    Files.move(p, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return kept;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads + ": "
                + List.of(new File(downloads.toString()).list()));
    }
}
