package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A batch as the page sends it in one request: a first line of JSON, {@code {"files":[{"name":…,"size":…}…]}}, then
 * the files' bytes one after another. A {@code .zip} among them stands for the reports inside it. Each file is held
 * in memory only while it is checked; a file over {@link WebServer#MAX_FILE_BYTES}, or more than
 * {@link WebServer#MAX_BATCH_FILES} reports in all, is refused.
 */
final class BatchUpload {

    /** One report of the batch, or why it cannot be read (a zip entry too large). */
    record Part(String name, byte[] bytes, String problem) {
    }

    interface Visitor {
        void accept(Part part) throws IOException;
    }

    private static final int MAX_HEADER = 256 * 1024;
    private final InputStream in;
    private JsonNode files;
    private int reports;

    BatchUpload(InputStream in) {
        this.in = new java.io.BufferedInputStream(in, 1 << 16);
    }

    /**
     * Reads the first line and checks what it lists (a name and a size for each, none too large, not too many) before
     * any report is read: a batch refused here is refused whole. The number of reports it stands for, or -1 when a
     * zip's are not known until it is read.
     */
    int open() throws IOException, RequestProblem {
        files = header().path("files");
        if (!files.isArray() || files.isEmpty()) {
            throw new RequestProblem(400, "the batch names no file");
        }
        if (files.size() > WebServer.MAX_BATCH_FILES) {
            throw tooMany();
        }
        boolean zips = false;
        for (JsonNode f : files) {
            String name = f.path("name").asText("");
            long size = f.path("size").asLong(-1);
            if (size < 0) {
                throw new RequestProblem(400, "the batch gives no size for " + name);
            }
            if (size > WebServer.MAX_FILE_BYTES) {
                throw WebExchange.tooLarge(WebServer.MAX_FILE_BYTES, name);
            }
            zips |= name.toLowerCase(Locale.ROOT).endsWith(".zip");
        }
        return zips ? -1 : files.size();
    }

    /** Each report in turn, as its bytes arrive; {@link #open()} first. */
    void each(Visitor visitor) throws IOException, RequestProblem {
        for (JsonNode f : files) {
            String name = f.path("name").asText("");
            long size = f.path("size").asLong(-1);
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length != size) {
                throw new RequestProblem(400, name + ": the upload ended early");
            }
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                unzip(name, bytes, visitor);
            } else {
                count();
                visitor.accept(new Part(name, bytes, null));
            }
        }
    }

    private void unzip(String zipName, byte[] bytes, Visitor visitor) throws IOException, RequestProblem {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String entry = e.getName();
                String base = entry.substring(entry.lastIndexOf('/') + 1);
                if (e.isDirectory() || base.isEmpty() || base.startsWith(".") || entry.startsWith("__MACOSX/")) {
                    continue;
                }
                count();
                String name = zipName + "!" + entry;
                byte[] content = zip.readNBytes((int) WebServer.MAX_FILE_BYTES + 1);
                visitor.accept(content.length > WebServer.MAX_FILE_BYTES
                        ? new Part(name, null, name + ": larger than " + WebServer.MAX_FILE_BYTES / (1024 * 1024)
                                + " MB unpacked, the limit of one file")
                        : new Part(name, content, null));
            }
        } catch (java.util.zip.ZipException e) {
            throw new RequestProblem(422, zipName + ": not a readable zip file (" + e.getMessage() + ")");
        }
    }

    private void count() throws RequestProblem {
        if (++reports > WebServer.MAX_BATCH_FILES) {
            throw tooMany();
        }
    }

    private static RequestProblem tooMany() {
        return new RequestProblem(413, "more than " + WebServer.MAX_BATCH_FILES + " reports in one batch");
    }

    private JsonNode header() throws IOException, RequestProblem {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || line.size() >= MAX_HEADER) {
                throw new RequestProblem(400, "the batch does not start with a line naming its files");
            }
            line.write(b);
        }
        try {
            return WebExchange.JSON.readTree(line.toByteArray());
        } catch (IOException e) {
            throw new RequestProblem(400, "the batch's first line is not JSON");
        }
    }
}
