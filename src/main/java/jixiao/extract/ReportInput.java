package jixiao.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import jixiao.load.BadInputException;
import jixiao.load.DocumentParser;
import jixiao.load.BadRulesException;
import jixiao.load.ReportReader;
import jixiao.load.RuleSetLoader;
import jixiao.load.TimeLimit;
import jixiao.load.TimeLimitException;
import jixiao.model.Report;

/**
 * A report from any of its forms: facts in JSON or YAML, or the published text (.md, .txt), which is extracted
 * first. Text and its extracted facts go through the same reader, so both give the same findings.
 */
public final class ReportInput {

    private final Path rulesDir;
    private final ReportReader reader = new ReportReader();
    private Extractor extractor;

    public ReportInput(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    /** The kinds of file a report may be, for messages. */
    public static final String KINDS = ".json, .yaml or .yml facts, .md, .markdown, .txt or .csv text, "
            + ".docx, .xlsx, .xls or .pdf";

    /** A report to be read (extracted) rather than loaded as facts: text, Word, Excel or PDF. */
    public static boolean isText(Path file) {
        return jixiao.document.DocumentReader.isText(file) || jixiao.document.DocumentReader.isOffice(file);
    }

    /**
     * One report in two files: the report ({@code file}) and its self-evaluation table given apart ({@code form}, e.g.
     * 自评表.xlsx). Facts come from both; where both give a value, the form's wins.
     */
    public Report read(Path file, Path form) throws BadInputException, BadRulesException {
        return read(file, form, null);
    }

    /**
     * As {@link #read(Path, Path)}; {@code factsRead}, when given, sees the facts extracted from a document (with the
     * extraction notes) before they are read, as {@code extract} writes them. Facts given as facts are not shown.
     */
    public Report read(Path file, Path form, java.util.function.Consumer<ObjectNode> factsRead)
            throws BadInputException, BadRulesException {
        return within(file, () -> form == null ? readAlone(file, null, factsRead)
                : readWithForm(file, form, factsRead));
    }

    private Report readWithForm(Path file, Path form, java.util.function.Consumer<ObjectNode> factsRead)
            throws BadInputException, BadRulesException {
        for (Path p : List.of(file, form)) {
            if (!isText(p)) {
                throw new BadInputException(p + ": with --form, both files are read as documents (a report is "
                        + KINDS.substring(KINDS.indexOf(".md")) + ")");
            }
        }
        Extraction extraction = extractor().extract(file, form);
        return readFacts(file, facts(extraction, file), extraction, factsRead);
    }

    private Report readFacts(Path file, ObjectNode facts, Extraction extraction,
                             java.util.function.Consumer<ObjectNode> factsRead) throws BadInputException {
        if (factsRead != null) {
            factsRead.accept(facts.deepCopy()); // a copy: reading rewrites numbers given as text
        }
        return reader.read(file, facts).withWarnings(extraction.warnings());
    }

    public Extraction extract(Path file, Path form) throws BadInputException, BadRulesException {
        return within(file, () -> extractor().extract(file, form));
    }

    /** A step of reading a report, which may fail as the report or the rules folder is bad. */
    private interface Step<T> {
        T run() throws BadInputException, BadRulesException;
    }

    /**
     * The step run under the {@link TimeLimit} of reading {@code file}: one that failed after the deadline (a read
     * interrupted at the limit, whatever it says) failed for time, and is said so.
     */
    private static <T> T within(Path file, Step<T> step) throws BadInputException, BadRulesException {
        try (TimeLimit limit = TimeLimit.reading(file)) {
            try {
                return step.run();
            } catch (BadInputException | RuntimeException e) {
                if (limit.passed() && !(e instanceof TimeLimitException)) {
                    throw limit.exceeded();
                }
                throw e;
            }
        }
    }

    private Extractor extractor() throws BadRulesException {
        if (extractor == null) {
            extractor = new Extractor(ExtractionPatterns.load(rulesDir.resolve(RuleSetLoader.EXTRACTION_FILE)));
        }
        return extractor;
    }

    /** A report's facts, read (and extracted) within the {@link TimeLimit} of one report. */
    public Report read(Path file) throws BadInputException, BadRulesException {
        return read(file, (byte[]) null, null);
    }

    /**
     * As {@link #read(Path)}, from {@code content}: the file's bytes as {@link DocumentParser#read} gave them, or null
     * to read them here (a batch that keeps each report's bytes for its record reads each file once so);
     * {@code factsRead} as for {@link #read(Path, Path, java.util.function.Consumer)}.
     */
    public Report read(Path file, byte[] content, java.util.function.Consumer<ObjectNode> factsRead)
            throws BadInputException, BadRulesException {
        return within(file, () -> readAlone(file, content, factsRead));
    }

    private Report readAlone(Path file, byte[] content, java.util.function.Consumer<ObjectNode> factsRead)
            throws BadInputException, BadRulesException {
        if (!isText(file)) {
            if (!DocumentParser.isJson(file) && !DocumentParser.isYaml(file)) {
                // Only on the way to an error: a name that is no report's is most often a mistyped path.
                throw new BadInputException(file + (java.nio.file.Files.isDirectory(file)
                        ? ": a folder that cannot be read (" + (java.nio.file.Files.isReadable(file) ? "its listing failed"
                                : "permission denied") + ")"
                        : java.nio.file.Files.exists(file)
                        ? ": unsupported file type (a report is " + KINDS + ")" : ": no such file"));
            }
            return content == null ? reader.read(file) : reader.read(file, DocumentParser.parse(file, content));
        }
        Extraction extraction = extractor().extractRead(extractor().document(file, content));
        return readFacts(file, facts(extraction, file), extraction, factsRead);
    }

    /**
     * A report with what it was read from: the facts tree (as {@code extract} writes it, or the facts file's own) and
     * the document, null for a facts file. The page shows both beside the findings, and edits the tree.
     */
    public record Shown(Report report, JsonNode facts, jixiao.document.Document document) {
    }

    public Shown readShown(Path file) throws BadInputException, BadRulesException {
        return readShown(file, null);
    }

    /** With {@code form}: facts from both files, as {@link #read(Path, Path)} reads them; the report's text is shown. */
    public Shown readShown(Path file, Path form) throws BadInputException, BadRulesException {
        return within(file, () -> form == null ? readShownAlone(file) : readShownWithForm(file, form));
    }

    private Shown readShownAlone(Path file) throws BadInputException, BadRulesException {
        if (!isText(file)) {
            if (!DocumentParser.isJson(file) && !DocumentParser.isYaml(file)) {
                return new Shown(readAlone(file, null, null), null, null); // refused there, in the usual words
            }
            JsonNode tree = DocumentParser.parse(file); // parsed once: the tree shown is the file's as written
            return new Shown(reader.read(file, tree.deepCopy()), tree, null);
        }
        jixiao.document.Document document = extractor().document(file);
        Extraction extraction = extractor().extractRead(document);
        ObjectNode facts = facts(extraction, file);
        Report report = readFacts(file, facts.deepCopy(), extraction, null);
        return new Shown(report, facts, document);
    }

    private Shown readShownWithForm(Path file, Path form) throws BadInputException, BadRulesException {
        ObjectNode[] facts = new ObjectNode[1];
        Report report = readWithForm(file, form, read -> facts[0] = read);
        return new Shown(report, facts[0], extractor().document(file));
    }

    public Extraction extract(Path file) throws BadInputException, BadRulesException {
        return within(file, () -> extractor().extract(file));
    }

    /**
     * The extracted facts with the extractor's notes under {@code extraction}, as {@code extract} writes them. The
     * tree below the top level is the extraction's own, not a copy: reading it may rewrite numbers written as text.
     */
    public static ObjectNode facts(Extraction extraction, Path file) {
        ObjectNode facts = extraction.facts().objectNode();
        facts.setAll(extraction.facts());
        ObjectNode meta = facts.putObject("extraction");
        meta.put("file", file.toString());
        ArrayNode notes = meta.putArray("notes");
        for (ExtractionNote n : extraction.notes()) {
            ObjectNode note = notes.addObject();
            note.put("pointer", n.pointer());
            note.put("what", n.what());
            if (n.line() != null) {
                note.put("line", n.line());
            }
            if (n.locator() != null) {
                note.put("locator", n.locator());
            }
            note.put("lowConfidence", n.lowConfidence());
        }
        return facts;
    }
}
