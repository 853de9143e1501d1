package jixiao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import jixiao.render.PageLabels;

/** The page's files, read from the jar once: a fixed list, so that no request path is ever looked up anywhere. */
final class Assets {

    record Asset(String type, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    Assets() {
        Asset page = new Asset("text/html; charset=utf-8", resource("index.html"));
        try {
            assets = Map.of(
                    "/", page,
                    "/index.html", page,
                    "/app.js", new Asset("text/javascript; charset=utf-8", resource("app.js")),
                    "/app.css", new Asset("text/css; charset=utf-8", resource("app.css")),
                    "/labels.json", new Asset("application/json; charset=utf-8",
                            new ObjectMapper().writeValueAsBytes(PageLabels.all())),
                    "/favicon.ico", new Asset("image/svg+xml", resource("favicon.svg")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file at {@code path}; null when there is none. */
    Asset get(String path) {
        return assets.get(path);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/jixiao/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the page's " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
