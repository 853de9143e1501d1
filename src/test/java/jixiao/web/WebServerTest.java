package jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jixiao.Cli;
import jixiao.TestRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page's server without a browser: headers, limits, errors, and that no request path reaches the disk. */
class WebServerTest {

    static WebServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static StringWriter log = new StringWriter();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = new WebServer(TestRules.shipped(), TestRules.DIR,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2, "jixiao test", new PrintWriter(log, true));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(at(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(at(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /**
     * A batch's answer, read whole: its JSON lines, checked to be {@code expected}, a row a report in order, then
     * {@code done} with their number; the rows.
     */
    static JsonNode rows(HttpResponse<byte[]> r, Integer expected) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines.get(0).has("expected")).isTrue();
        assertThat(lines.get(0).get("expected").isNull() ? null : lines.get(0).get("expected").asInt()).isEqualTo(expected);
        com.fasterxml.jackson.databind.node.ArrayNode rows = JSON.createArrayNode();
        lines.subList(1, lines.size() - 1).forEach(l -> rows.add(l.get("row")));
        assertThat(lines.get(lines.size() - 1).path("done").asInt(-1)).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void thePageAndItsFilesCarryAPolicyThatAllowsNoInlineScript() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/app.css", "/labels.json", "/api/info"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String page = get("/").body();
        assertThat(page).doesNotContainPattern("<script>[^<]").doesNotContain("style=").doesNotContain("onclick")
                .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("//cdn");
    }

    @Test
    void noRequestPathReachesTheFileSystem() throws Exception {
        for (String path : new String[] {"/../../etc/passwd", "/rules/policy.yaml", "/jixiao/web/app.js",
                "/%2e%2e/%2e%2e/etc/passwd", "/pom.xml", "/index.html/.."}) {
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
    }

    @Test
    void theSampleIsCheckedAsTheCommandLineChecksIt() throws Exception {
        HttpResponse<byte[]> r = post("/api/check?name=report.docx&lang=zh",
                Files.readAllBytes(Path.of("fixtures/leshan-2021/report.docx")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        JsonNode cli = JSON.readTree(Cli.run("check", "fixtures/leshan-2021/report.docx", "--format", "json").out());
        assertThat(body.path("score").path("total").asDouble()).isEqualTo(cli.path("score").path("total").asDouble());
        assertThat(body.path("counts").path("warning").asInt() + body.path("counts").path("info").asInt()
                + body.path("counts").path("error").asInt()).isEqualTo(cli.path("findings").size());
        assertThat(body.path("html").asText()).contains("IND-UNMET").contains("id=\"score-chart\"");
        assertThat(body.path("token").asText()).hasSize(32);
    }

    @Test
    void aMalformedUploadGetsTheCommandLinesLineAndTheServerGoesOn() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-bad");
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"report\": {\"project\": \"x\",}");
        HttpResponse<byte[]> r = post("/api/check?name=broken.json", Files.readAllBytes(bad));
        assertThat(r.statusCode()).isEqualTo(422);
        String cli = Cli.run("check", bad.toString()).err().strip();
        assertThat(json(r).path("error").asText()).isEqualTo(cli.replace(bad.toString(), "broken.json"));
        assertThat(post("/api/check?name=report.json", Files.readAllBytes(Path.of("fixtures/leshan-2021/report.json")))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aNameFromTheRequestNeverBecomesAPath() throws Exception {
        HttpResponse<byte[]> r = post("/api/check?name=" + java.net.URLEncoder.encode("../../../tmp/evil\u0000.json",
                StandardCharsets.UTF_8), "{\"report\":{\"project\":\"p\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).path("error").asText()).startsWith("evil.json:");
        assertThat(Path.of("/tmp/evil.json")).doesNotExist();
    }

    @Test
    void uploadsAreGoneOnceAnswered() throws Exception {
        post("/api/check?name=report.json", Files.readAllBytes(Path.of("fixtures/leshan-2021/report.json")));
        post("/api/check?name=x.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Path uploads = (Path) field("uploads");
        try (var files = Files.list(uploads)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads)))
                .isEqualTo("rwx------");
    }

    @Test
    void aFileOverSixteenMegabytesIsRefused() throws Exception {
        HttpResponse<byte[]> r = post("/api/check?name=big.txt", new byte[(int) WebServer.MAX_FILE_BYTES + 1]);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).isEqualTo("big.txt: larger than 16 MB, the limit of one file");
    }

    @Test
    void aBatchOfMoreThanTwoHundredReportsIsRefused() throws Exception {
        StringBuilder head = new StringBuilder("{\"files\":[");
        for (int i = 0; i < 201; i++) {
            head.append(i == 0 ? "" : ",").append("{\"name\":\"r").append(i).append(".json\",\"size\":2}");
        }
        head.append("]}\n");
        HttpResponse<byte[]> r = post("/api/batch", (head + "{}".repeat(201)).getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).isEqualTo("more than 200 reports in one batch");
    }

    /**
     * The page counts a batch's reports as they are checked: the first report's row arrives while the second file is
     * not even sent (over a bare socket, the body sent in chunks as a browser streams it).
     */
    @Test
    void aBatchAnswersEachReportAsItIsChecked() throws Exception {
        byte[] report = Files.readAllBytes(Path.of("fixtures/leshan-2021/report.json"));
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/batch HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            chunk(out, "{\"files\":[{\"name\":\"a.json\",\"size\":%d},{\"name\":\"b.json\",\"size\":%d}]}\n"
                    .formatted(report.length, report.length).getBytes(StandardCharsets.UTF_8));
            chunk(out, report);
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.contains("\"row\""); line = in.readLine()) {
                seen.append(line).append('\n');
            }
            assertThat(seen.toString()).startsWith("HTTP/1.1 200").contains("{\"expected\":2}");
            chunk(out, report); // only now the second report
            chunk(out, new byte[0]);
            String rest = readUntil(in, "\"done\"");
            assertThat(rest).contains("\"file\":\"b.json\"").contains("{\"done\":2}");
        }
    }

    /** A batch of the sample twice, as a.json and b.json, the second sent up to {@code sent} bytes of it. */
    private static byte[] twoSamples(int sent) throws IOException {
        byte[] report = Files.readAllBytes(Path.of("fixtures/leshan-2021/report.json"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"files\":[{\"name\":\"a.json\",\"size\":%d},{\"name\":\"b.json\",\"size\":%d}]}\n"
                .formatted(report.length, report.length).getBytes(StandardCharsets.UTF_8));
        body.write(report);
        body.write(report, 0, Math.min(sent, report.length));
        return body.toByteArray();
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readUntil(java.io.BufferedReader in, String mark) throws IOException {
        StringBuilder read = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            read.append(line).append('\n');
            if (line.contains(mark)) {
                break;
            }
        }
        return read.toString();
    }

    @Test
    void anUploadThatEndsEarlyEndsTheLinesWithItsProblem() throws Exception {
        HttpResponse<byte[]> r = post("/api/batch", twoSamples(100)); // b.json cut short
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> lines = new String(r.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"expected\":2}");
        assertThat(JSON.readTree(lines.get(1)).at("/row/file").asText()).isEqualTo("a.json");
        assertThat(lines.get(2)).isEqualTo("{\"error\":\"b.json: the upload ended early\"}");
    }

    @Test
    void aZipStandsForTheReportsInside() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("2021/report.json"));
            z.write(Files.readAllBytes(Path.of("fixtures/leshan-2021/report.json")));
            z.putNextEntry(new ZipEntry("2021/notes.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("__MACOSX/._report.json"));
            z.write(1);
        }
        byte[] head = "{\"files\":[{\"name\":\"reports.zip\",\"size\":%d}]}\n".formatted(zip.size())
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head);
        body.write(zip.toByteArray());
        JsonNode rows = rows(post("/api/batch?lang=en", body.toByteArray()), null); // a zip's count is not known ahead
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("file").asText()).isEqualTo("reports.zip!2021/report.json");
        assertThat(rows.get(0).path("status").asText()).isEqualTo("ok");
        assertThat(rows.get(1).path("status").asText()).isEqualTo("bad-input");
        assertThat(rows.get(1).path("errors").get(0).asText()).startsWith("reports.zip!2021/notes.txt: nothing of a report");
    }

    @Test
    void theFindingsOfABatchComeAsAWorkbook() throws Exception {
        JsonNode rows = rows(post("/api/batch", twoSamples(Integer.MAX_VALUE)), 2);
        int findings = rows.get(0).path("findings").size() + rows.get(1).path("findings").size();
        HttpResponse<byte[]> xlsx = post("/api/batch.xlsx", JSON.writeValueAsBytes(java.util.Map.of("rows", rows)));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(findings); // a header, then one row a finding
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("a.json");
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void wrongMethodsAndLanguagesAreRefusedInOneLine() throws Exception {
        assertThat(get("/api/check").statusCode()).isEqualTo(405);
        HttpResponse<byte[]> r = post("/api/check?lang=fr", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).isEqualTo("lang must be zh or en, not 'fr'");
        assertThat(post("/api/recheck?token=nope", "{}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(410);
    }

    private static Object field(String name) throws Exception {
        var f = WebServer.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(server);
    }
}
