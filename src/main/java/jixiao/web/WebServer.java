package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jixiao.assemble.ReportView;
import jixiao.assemble.Section;
import jixiao.batch.BatchLine;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFailureException;
import jixiao.load.BadInputException;
import jixiao.load.BadRulesException;
import jixiao.render.FindingsWorkbook;
import jixiao.render.HtmlView;
import jixiao.render.PageLabels;
import jixiao.render.SectionDocx;

/**
 * {@code jixiao serve}: the reviewers' page on the JDK's own HTTP server. One page and its script and stylesheet,
 * all inside the jar; the API it calls checks uploads held in memory. A request that fails gets one line, as the
 * command line would say it, and the server goes on.
 */
public final class WebServer {

    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    public static final int MAX_BATCH_FILES = 200;

    private final HttpServer server;
    private final ExecutorService workers;
    /** Ready once the rules are: the page is served before, and a check waits for them. */
    private final java.util.concurrent.CompletableFuture<ReportService> service;
    private final ViewCache cache = new ViewCache();
    private final Assets assets;
    private final Path uploads;
    private final PrintWriter log;
    private final ObjectMapper json = WebExchange.JSON;

    /** Binds the address at once (a port in use fails here); {@link #start()} begins serving. */
    public WebServer(RuleBase rules, Path rulesDir, InetSocketAddress address, int threads, String tool, PrintWriter log)
            throws IOException {
        this(java.util.concurrent.CompletableFuture.completedFuture(rules), rulesDir, address, threads, tool, log);
    }

    /**
     * With the rules still on their way: the page answers at once, and the first check waits for them. A rule set
     * that fails to compile is the caller's to report (it holds the same future).
     */
    public WebServer(java.util.concurrent.CompletableFuture<RuleBase> rules, Path rulesDir, InetSocketAddress address,
                     int threads, String tool, PrintWriter log) throws IOException {
        this.uploads = Files.createTempDirectory("jixiao-serve-"); // rwx------: no one else reads the uploads
        this.service = rules.thenApply(r -> new ReportService(r, rulesDir, uploads, tool));
        this.assets = new Assets();
        this.log = log;
        this.server = HttpServer.create(address, 64);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", exchange -> {
            try {
                route(new WebExchange(exchange));
            } catch (RequestProblem p) {
                answer(exchange, p.status(), p.getMessage());
            } catch (BadInputException e) {
                answer(exchange, 422, String.join("\n", e.problems()));
            } catch (RuleFailureException | BadRulesException e) {
                answer(exchange, 500, e.getMessage());
            } catch (IOException e) {
                // the browser went away mid-answer: nothing to tell it
            } catch (RuntimeException | StackOverflowError e) {
                log.println("jixiao serve: internal error on " + exchange.getRequestURI().getPath() + ": " + e);
                log.flush();
                answer(exchange, 500, "internal error: " + e.getClass().getSimpleName());
            } finally {
                exchange.close();
            }
        });
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(uploads)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(uploads);
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String message) {
        try {
            WebExchange.failed(exchange).error(status, message);
        } catch (IOException e) {
            // headers already sent, or the browser is gone
        }
    }

    private void route(WebExchange ex) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        String path = ex.path();
        if (!path.startsWith("/api/")) {
            if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
                throw new RequestProblem(405, ex.method() + " is not served here");
            }
            Assets.Asset asset = assets.get(path);
            if (asset == null) {
                throw new RequestProblem(404, "nothing at " + path);
            }
            ex.send(200, asset.type(), asset.bytes(), null);
            return;
        }
        ReportService service = service();
        if (path.equals("/api/info")) {
            ex.json(200, Map.of("fingerprint", service.fingerprint(), "version", service.tool(), "grades",
                    service.grades()));
            return;
        }
        if (!ex.method().equals("POST")) {
            throw new RequestProblem(405, path + " takes POST");
        }
        switch (path) {
            case "/api/check" -> check(ex);
            case "/api/recheck" -> recheck(ex);
            case "/api/section.docx" -> sectionDocx(ex);
            case "/api/batch" -> batch(ex);
            case "/api/batch.xlsx" -> batchXlsx(ex);
            default -> throw new RequestProblem(404, "nothing at " + path);
        }
    }

    private ReportService service() throws RequestProblem {
        try {
            return service.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new RequestProblem(500, "the rules could not be compiled: " + e.getCause().getMessage());
        }
    }

    private void check(WebExchange ex) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        ReportService service = service();
        String language = ex.language();
        UploadName name = UploadName.of(ex.param("name", "report"));
        byte[] bytes = ex.body(MAX_FILE_BYTES, name.shown());
        ReportService.Checked checked = service.check(name, bytes, language);
        String token = cache.put(new ViewCache.Entry(name, checked.document()));
        ex.json(200, answer(token, name, checked.view(), language));
    }

    private void recheck(WebExchange ex) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        ReportService service = service();
        String language = ex.language();
        ViewCache.Entry entry = cache.get(ex.param("token", null));
        if (entry == null) {
            throw new RequestProblem(410, "this report is no longer held by the server: drop it again");
        }
        JsonNode facts = facts(ex, entry.name());
        ReportView view = service.recheck(entry.name(), facts, entry.document(), language);
        ex.json(200, answer(ex.param("token", null), entry.name(), view, language));
    }

    private void sectionDocx(WebExchange ex) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        ReportService service = service();
        String language = ex.language();
        UploadName name = UploadName.of(ex.param("name", "report"));
        Section section = service.section(name, facts(ex, name), language);
        byte[] docx = new SectionDocx(service.fingerprint(), java.time.LocalDate.now()).write(section);
        ex.send(200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                ("en".equals(language) ? "problems-and-suggestions" : "问题及建议") + ".docx");
    }

    /**
     * A batch, answered as JSON lines while it is checked: {@code {"expected": N}} (null when a zip's reports are not
     * yet counted), a {@code {"row": …}} for each report as it is done, then {@code {"done": N}}, or
     * {@code {"error": …}} when the upload turns out bad midway (the rows before it stand). What is wrong with the
     * batch's first line is an error status, as for any request.
     */
    private void batch(WebExchange ex) throws IOException, RequestProblem {
        ReportService service = service();
        String language = ex.language();
        BatchUpload upload = new BatchUpload(ex.bodyStream());
        int expected = upload.open();
        try (WebExchange.Lines out = ex.lines()) {
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("expected", expected < 0 ? null : expected);
            out.write(first);
            int[] done = {0};
            try {
                upload.each(part -> {
                    UploadName name = UploadName.inBatch(part.name());
                    out.write(Map.of("row", part.problem() != null
                            ? BatchLine.failed(name.shown(), BatchLine.BAD_INPUT, List.of(part.problem()))
                            : service.batchLine(name, part.bytes(), language)));
                    done[0]++;
                });
                out.write(Map.of("done", done[0]));
            } catch (RequestProblem p) {
                out.write(Map.of("error", p.getMessage()));
            }
        }
    }

    private void batchXlsx(WebExchange ex) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        String language = ex.language();
        JsonNode body = parse(ex.body(MAX_FILE_BYTES, "the batch's findings"), "the batch's findings");
        List<BatchLine> lines = new ArrayList<>();
        for (JsonNode row : body.path("rows")) {
            lines.add(json.treeToValue(row, BatchLine.class));
        }
        ex.send(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new FindingsWorkbook(language).write(lines), "jixiao-findings.xlsx");
    }

    private JsonNode facts(WebExchange ex, UploadName name) throws IOException, RequestProblem, BadInputException, BadRulesException, RuleFailureException {
        JsonNode facts = parse(ex.body(MAX_FILE_BYTES, name.shown()), name.shown());
        if (!facts.isObject()) {
            throw new RequestProblem(422, name.shown() + ": the facts are not a JSON object");
        }
        return facts;
    }

    private JsonNode parse(byte[] body, String what) throws RequestProblem {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new RequestProblem(400, what + ": not JSON");
        }
    }

    private Map<String, Object> answer(String token, UploadName name, ReportView view, String language)
            throws RequestProblem {
        ReportService service = service();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("token", token);
        out.put("name", name.shown());
        out.put("html", new HtmlView(new PageLabels(language), true).render(view));
        out.put("facts", view.facts());
        out.put("score", view.result().score());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of("error", "warning", "info")) {
            counts.put(s, (int) view.result().findings().stream().filter(f -> f.severity().equals(s)).count());
        }
        out.put("counts", counts);
        out.put("fingerprint", service.fingerprint());
        out.put("version", service.tool());
        return out;
    }
}
