package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Validates a document against one of the shipped JSON Schemas, naming each problem by its JSON pointer. */
public final class SchemaCheck {

    public static final String REPORT = "/jixiao/report.schema.json";
    public static final String POLICY = "/jixiao/policy.schema.json";
    public static final String MESSAGES = "/jixiao/messages.schema.json";
    public static final String WAIVERS = "/jixiao/waivers.schema.json";

    /** Each shipped schema is read once per process; a compiled schema validates from any thread. */
    private static final java.util.Map<String, Loaded> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The validator, and the yes-or-no test that spares it the documents it would have nothing to say about. */
    private record Loaded(JsonSchema schema, Optional<SchemaShortcut> shortcut) {
    }

    private final Loaded loaded;

    public SchemaCheck(String resource) {
        this.loaded = LOADED.computeIfAbsent(resource, SchemaCheck::load);
    }

    private static Loaded load(String resource) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            JsonNode tree = DocumentParser.parseResource(in);
            return new Loaded(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config),
                    SchemaShortcut.compile(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the shortcut can answer for this schema at all (tests: the report schema must keep it). */
    boolean hasShortcut() {
        return loaded.shortcut().isPresent();
    }

    /** The validator's messages, none without asking it when the shortcut finds the document certainly valid. */
    private Set<ValidationMessage> validate(JsonNode document) {
        if (loaded.shortcut().isPresent() && loaded.shortcut().get().certainlyValid(document)) {
            return Set.of();
        }
        return loaded.schema().validate(document);
    }

    /** The validator's messages, always asking it: what the shortcut is tested against. */
    Set<ValidationMessage> validateInFull(JsonNode document) {
        return loaded.schema().validate(document);
    }

    /** Every problem of the document at once, in the order of their places, as {@code FILE#/pointer: message}. */
    public List<String> problems(Path file, JsonNode document) {
        TreeSet<String> out = new TreeSet<>(NaturalOrder.INSTANCE);
        for (ValidationMessage m : validate(document)) {
            out.add(line(file, m));
        }
        return List.copyOf(out);
    }

    /**
     * The problems split in two: a value out of its range (minimum, maximum) is {@code true}, a wrong shape
     * (unknown key, wrong type, missing key) is {@code false}.
     */
    public java.util.Map<Boolean, List<String>> problemsByRange(Path file, JsonNode document) {
        return problemsByKind(file, document, RANGE);
    }

    /** The problems split by whether their keyword is one of {@code kinds} ({@code true}) or not. */
    public java.util.Map<Boolean, List<String>> problemsByKind(Path file, JsonNode document, java.util.Set<String> kinds) {
        java.util.Map<Boolean, List<String>> out = new java.util.TreeMap<>();
        out.put(true, new java.util.ArrayList<>());
        out.put(false, new java.util.ArrayList<>());
        for (ValidationMessage m : validate(document)) {
            out.get(kinds.contains(m.getType())).add(line(file, m));
        }
        out.values().forEach(list -> list.sort(NaturalOrder.INSTANCE));
        return out;
    }

    private static final java.util.Set<String> RANGE =
            java.util.Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

    private static String line(Path file, ValidationMessage m) {
        return file + "#" + m.getInstanceLocation() + ": " + describe(m);
    }

    private static String describe(ValidationMessage m) {
        String text = m.getMessage();
        String location = m.getInstanceLocation().toString();
        // The library prefixes its message with the location; we print the location ourselves.
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return text;
    }
}
