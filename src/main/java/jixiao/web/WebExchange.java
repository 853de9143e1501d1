package jixiao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its answer: the query, a body read within a limit, and responses that always carry the page's
 * security headers (a Content-Security-Policy that allows no inline script or style, no sniffing, no framing).
 */
final class WebExchange {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** The one JSON mapper of the page's server: answers, uploads' first lines, the facts sent back. */
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpExchange exchange;
    private final Map<String, String> query;

    WebExchange(HttpExchange exchange) throws RequestProblem {
        this(exchange, parse(exchange.getRequestURI().getRawQuery()));
    }

    private WebExchange(HttpExchange exchange, Map<String, String> query) {
        this.exchange = exchange;
        this.query = query;
    }

    /** For the answer to a request that failed: its query is not read again (it may be what failed). */
    static WebExchange failed(HttpExchange exchange) {
        return new WebExchange(exchange, Map.of());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    String param(String name, String fallback) {
        return query.getOrDefault(name, fallback);
    }

    /** The language asked for: zh (default) or en. */
    String language() throws RequestProblem {
        String lang = param("lang", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new RequestProblem(400, "lang must be zh or en, not '" + lang + "'");
        }
        return lang;
    }

    /**
     * The whole body, refused (413) past {@code limit} bytes whatever the request says of its length. The rest of
     * a body too large is read and dropped (up to {@link #DRAIN} bytes), so that the client hears the refusal rather
     * than a reset connection.
     */
    byte[] body(long limit, String what) throws RequestProblem, IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                if (out.size() + n > limit) {
                    long dropped = 0;
                    for (int m = in.read(buffer); m > 0 && dropped < DRAIN; m = in.read(buffer)) {
                        dropped += m;
                    }
                    throw tooLarge(limit, what);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** How much of a body too large is read to be dropped before the connection is closed. */
    private static final long DRAIN = 64L * 1024 * 1024;

    static RequestProblem tooLarge(long limit, String what) {
        return new RequestProblem(413, what + ": larger than " + limit / (1024 * 1024) + " MB, the limit of one file");
    }

    InputStream bodyStream() {
        return exchange.getRequestBody();
    }

    void json(int status, Object value) throws IOException {
        send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value), null);
    }

    void error(int status, String message) throws IOException {
        json(status, Map.of("error", message));
    }

    /** A file to save: {@code download} is its name, written as RFC 5987 asks so that Chinese survives. */
    void send(int status, String type, byte[] body, String download) throws IOException {
        Headers h = headers(type);
        if (download != null) {
            h.set("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''"
                    + URLEncoder.encode(download, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Every answer's headers: its type, and what keeps a browser from running or framing anything else. */
    private Headers headers(String type) {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Cache-Control", "no-store");
        return h;
    }

    /**
     * A 200 answer of JSON lines ({@code application/x-ndjson}), each sent as it is written: a batch tells the page of
     * each report as it is checked. Its problems from then on are lines too; the status is sent already.
     */
    Lines lines() throws IOException {
        headers("application/x-ndjson; charset=utf-8");
        exchange.sendResponseHeaders(200, 0); // chunked: the length is not known ahead
        return new Lines(exchange.getResponseBody());
    }

    /** The lines of a {@link #lines()} answer. */
    static final class Lines implements AutoCloseable {
        private final OutputStream out;

        private Lines(OutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            out.write(JSON.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static Map<String, String> parse(String raw) throws RequestProblem {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw new RequestProblem(400, "the query is not well encoded");
            }
        }
        return out;
    }
}
