package jixiao.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads a JSON or YAML file into a tree, turning syntax errors into one line with line and column. */
public final class DocumentParser {

    /** The largest input read; a self-evaluation report's facts are a few kilobytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The deepest nesting read; the report format itself is six levels deep. */
    public static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints LIMITS =
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    // A key given twice is refused while the tree is built (no set of names kept per object, as the parser's own
    // check would): the message names the key, and the place is the parser's.
    // Anything after the document (text after the closing brace, a second YAML document) is refused, not ignored.
    private static final ObjectMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(
                    YAMLFactory.builder().streamReadConstraints(LIMITS).loaderOptions(yamlOptions()).build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DocumentParser() {
    }

    /** SnakeYAML's own bound on a document (3 MB of characters by default) raised to the size a report may be. */
    private static org.yaml.snakeyaml.LoaderOptions yamlOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit((int) MAX_BYTES);
        return options;
    }

    /**
     * Gets the parsers and the schemas ready (class loading, library set-up: tens of milliseconds on a cold start),
     * so that a second thread can do it while the command line is read; the first real document then finds them so.
     */
    public static void warmUp() {
        try {
            YAML.readTree("a: 1\n");
            JSON.readTree("{\"a\": 1}");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (String schema : List.of(SchemaCheck.POLICY, SchemaCheck.MESSAGES, SchemaCheck.REPORT)) {
            new SchemaCheck(schema);
        }
    }

    /** One of jixiao's own JSON resources (a schema), read with the same parser as the reports. */
    static JsonNode parseResource(java.io.InputStream in) throws IOException {
        return JSON.readTree(in);
    }

    public static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static JsonNode parse(Path file) throws BadInputException {
        return parse(file, read(file));
    }

    /** Parses {@code bytes}, the content of {@code file} as {@link #read(Path)} gave it; {@code file} names it. */
    public static JsonNode parse(Path file, byte[] bytes) throws BadInputException {
        ObjectMapper mapper = isYaml(file) ? YAML : JSON;
        if (bytes.length == 0) {
            throw new BadInputException(file + ": the file is empty");
        }
        try {
            // UTF-16 with its byte-order mark (Windows Notepad's "Unicode"): Jackson finds it in JSON, not in YAML.
            JsonNode node = isUtf16(bytes) ? mapper.readTree(utf16(bytes)) : mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadInputException(file + ": the file holds no document");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String mark = problemMark(e.getOriginalMessage());
            String place = mark != null ? mark : at == null || at.getLineNr() < 1 ? whereItStops(mapper, bytes)
                    : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new BadInputException(file + place + ": " + readable(firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * The file's bytes, refused unread when over {@link #MAX_BYTES}: one open and one size query, as a batch
     * reads many files. A file whose size is not known ahead (a pipe) is read to its end, within the limit.
     */
    public static byte[] read(Path file) throws BadInputException {
        requireFile(file);
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            checkSize(file, size);
            if (size == 0) {
                byte[] all = java.nio.channels.Channels.newInputStream(channel).readNBytes((int) MAX_BYTES + 1);
                checkSize(file, all.length);
                return all;
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until the size known at open, or the end if the file shrank
            }
            return buffer.position() == size ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Refuses, before opening it, a report that is no regular file (after links): opening a named pipe waits for a
     * writer that may never come, and a device (/dev/zero, /dev/urandom) never ends. Their content can be given on
     * standard input ({@code check -}) instead.
     */
    public static void requireFile(Path file) throws BadInputException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e.getMessage()) + ")");
        }
        if (a.isDirectory()) {
            throw new BadInputException(file + ": a folder, not a report file");
        }
        if (!a.isRegularFile()) {
            throw new BadInputException(file + ": " + kindOf(file) + ", not a regular file: give what it holds on "
                    + "standard input instead (jixiao check - < …)");
        }
    }

    /** What a file that is no regular file is, in words. */
    private static String kindOf(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    /** Refuses an input over {@link #MAX_BYTES} before it is parsed. */
    public static void checkSize(Path file, long size) throws BadInputException {
        if (size > MAX_BYTES) {
            // Just over the limit, megabytes to one decimal read alike ("16.0 MB is larger than 16.0 MB"): bytes then.
            boolean alike = megabytes(size).equals(megabytes(MAX_BYTES));
            throw new BadInputException(file + ": " + (alike ? size + " bytes" : megabytes(size)) + " is larger than the "
                    + (alike ? MAX_BYTES + " bytes (" + megabytes(MAX_BYTES) + ")" : megabytes(MAX_BYTES))
                    + " a report may be");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * Where the parser stops (":LINE:COL"), for a failure it reports without a place (nesting past {@link #MAX_DEPTH}):
     * the document is read again token by token, JSON or YAML alike, to the token it fails on. Empty when it does not
     * fail so (or the place is not known).
     */
    private static String whereItStops(ObjectMapper mapper, byte[] bytes) {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(bytes)) {
            try {
                while (parser.nextToken() != null) {
                    // to the token the limit stops
                }
            } catch (IOException e) {
                JsonLocation at = parser.currentLocation();
                if (at != null && at.getLineNr() >= 1) {
                    return ":" + at.getLineNr() + ":" + at.getColumnNr();
                }
            }
        } catch (IOException e) {
            // no place to give
        }
        return "";
    }

    /** The library's words for its own limits, in the user's terms. */
    private static String readable(String message) {
        if (message.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        if (message.startsWith("Duplicate field") && message.contains(" for `")) {
            return message.substring(0, message.indexOf(" for `")) + " (a key may be given once in an object)";
        }
        if (message.startsWith("Trailing token")) {
            return "more after the end of the document (a second document, or text after its last brace): one report a file";
        }
        if (message.contains("Number of aliases")) {
            return "too many YAML aliases (anchors expanding into more anchors are refused)";
        }
        return LibraryWords.plain(message);
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }

    /** The text after the byte-order mark ('?' for what is no UTF-16, which the parser then refuses where it stands). */
    private static String utf16(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_16);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A line of a SnakeYAML message that says what is wrong (after the line saying what it was doing). */
    private static final java.util.regex.Pattern PROBLEM =
            java.util.regex.Pattern.compile("(found|expected|did not find|could not find|mapping values|but found) .*");
    /** The place SnakeYAML gives its problem (the line after it): where the fault is, not where the context began. */
    private static final java.util.regex.Pattern PROBLEM_MARK =
            java.util.regex.Pattern.compile("(?s).*\\n(?:found|expected|did not find|could not find|mapping values|but found) "
                    + "[^\\n]*\\n in '[^']*', line (\\d+), column (\\d+):.*");

    /** ":LINE:COL" of a SnakeYAML problem's own mark, or null when the message has none. */
    private static String problemMark(String message) {
        java.util.regex.Matcher m = message == null ? null : PROBLEM_MARK.matcher(message);
        return m != null && m.matches() ? ":" + m.group(1) + ":" + m.group(2) : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        // SnakeYAML says its context on the first line and the problem on the next ("while scanning for the next
        // token" / "found character '\t(TAB)' that cannot start any token"): both are kept, the excerpt is not.
        String[] lines = message.split("\n");
        String first = lines[0].strip();
        for (int i = 1; i < lines.length; i++) {
            if (PROBLEM.matcher(lines[i]).matches()) {
                return first + ": " + lines[i].strip();
            }
        }
        return first;
    }
}
