package jixiao.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library's message (Jackson's, SnakeYAML's, POI's, PDFBox's) in the user's terms: the hints it gives to a Java
 * programmer (a feature to enable, a method that sets a limit) and the names of Java classes it shows are taken out,
 * so that no message of jixiao's about a report names the code that read it.
 */
public final class LibraryWords {

    private LibraryWords() {
    }

    private static final Pattern NUMBER_TOO_LONG =
            Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern YAML_EVENT = Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\(.*?\\)>");
    /** A Java exception's name heading a message: {@code java.io.CharConversionException: }. */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");
    /** Any fully qualified Java name left, or one in backquotes: {@code `StreamReadConstraints.getMaxNumberLength()`}. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "`[\\w.$()]+`|\\b(?:java|javax|jdk|sun|com|org|net|io)\\.(?:[\\w$]+\\.)*[\\w$]+");

    /** The message in the user's terms; one line. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "cannot be read";
        }
        String m = message.strip();
        Matcher tooLong = NUMBER_TOO_LONG.matcher(m);
        if (tooLong.matches()) {
            return "a number of " + tooLong.group(1) + " digits (at most " + tooLong.group(2) + " are read)";
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(m);
        if (nonNumeric.matches()) {
            return "'" + nonNumeric.group(1) + "' is no number JSON allows (leave the field out, or give a number)";
        }
        if (m.contains("maybe a (non-standard) comment?")) {
            return "a comment, which JSON does not allow (YAML does: # …)";
        }
        if (m.startsWith("Expected a field name (Scalar value in YAML)")) {
            Matcher event = YAML_EVENT.matcher(m);
            return "a key must be a plain word or number" + (event.find() ? ", not " + event(event.group(1)) : "");
        }
        m = EXCEPTION_PREFIX.matcher(m).replaceAll("");
        Matcher event = YAML_EVENT.matcher(m);
        m = event.replaceAll(r -> event(r.group(1)));
        m = JAVA_NAME.matcher(m).replaceAll("").replaceAll("\\(\\s*\\)|\\s{2,}", " ").strip();
        return m.isEmpty() ? "cannot be read" : m;
    }

    private static String event(String name) {
        return switch (name) {
            case "SequenceStart" -> "a list";
            case "MappingStart" -> "a mapping";
            case "Scalar" -> "a value";
            case "Alias" -> "an alias";
            default -> "a " + name.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
