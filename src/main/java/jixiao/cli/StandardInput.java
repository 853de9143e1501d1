package jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import jixiao.load.DocumentParser;

/**
 * A report given on standard input ({@code check -}): read to its end within the size limit of a report file, kept in
 * a file of its own in a private temporary folder for the readers (which read files by their kind), and named
 * {@value #NAME} in every message and result. Its kind is given ({@code --stdin-format}) or told from its start: a
 * JSON object, YAML facts (a line starting {@code report:}, {@code funding:} or {@code indicators:}), else text.
 */
final class StandardInput implements AutoCloseable {

    /** How the report is named where a file's name would stand. */
    static final String NAME = "(standard input)";

    /** The kinds a report on standard input can be, and the file name each is read as. */
    static final String FORMATS = "json, yaml, text (Markdown or plain) or csv";

    private static final Pattern YAML_FACTS = Pattern.compile("(?m)^(?:report|funding|indicators)\\s*:");

    private final Path folder;
    private final Path file;

    private StandardInput(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Reads {@code in} to its end; {@code format} null to tell the kind from the content. */
    static StandardInput read(InputStream in, String format) throws CommandFailure {
        String extension = format == null ? null : extension(format);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) DocumentParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, NAME + ": cannot read: " + e.getMessage());
        }
        try {
            DocumentParser.checkSize(Path.of(NAME), bytes.length);
        } catch (jixiao.load.BadInputException e) {
            throw new CommandFailure(ExitCode.BAD_INPUT, e.problems());
        }
        if (bytes.length == 0) {
            throw new CommandFailure(ExitCode.BAD_INPUT, NAME + ": nothing was given (an empty input)");
        }
        try {
            Path folder = Files.createTempDirectory("jixiao-stdin-"); // readable by its owner alone
            Path file = folder.resolve("report." + (extension != null ? extension : sniff(bytes)));
            Files.write(file, bytes);
            return new StandardInput(folder, file);
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.OUTPUT, NAME + ": cannot keep the input in a temporary file: "
                    + OutputFile.reason(e));
        }
    }

    private static String extension(String format) throws CommandFailure {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> "json";
            case "yaml", "yml" -> "yaml";
            case "text", "md", "markdown", "txt" -> "md";
            case "csv" -> "csv";
            default -> throw Subcommand.usage("check", "--stdin-format must be " + FORMATS + ", not '"
                    + jixiao.render.TerminalText.escape(format) + "'");
        };
    }

    /** JSON when it opens with a brace, YAML when a line starts with a top-level key of the facts, else text. */
    private static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        String start = head.replaceFirst("^[\\uFEFF\\s]+", "");
        if (start.startsWith("{")) {
            return "json";
        }
        return YAML_FACTS.matcher(head).find() ? "yaml" : "md";
    }

    Path file() {
        return file;
    }

    /** A message or a name with the temporary file's path said as {@value #NAME}. */
    String named(String text) {
        return text.replace(file.toString(), NAME);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
