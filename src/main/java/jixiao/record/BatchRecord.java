package jixiao.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipOutputStream;
import jixiao.load.RuleSet;

/**
 * The record of a batch, written as the batch runs, in memory that does not grow with the batch. The reports go
 * into entries {@code input.00001.zip.zst}, {@code input.00002.zip.zst}…, each a zip of {@value #PART} files as
 * given, stored, compressed as one Zstandard stream: reports share most of their words, and one stream compresses them
 * to half of what each compressed alone would, in a third of the time. A part's directory is held in memory until the
 * part ends, so parts keep that bounded. The batch's output is compressed so too, into
 * {@code output/results.jsonl.zst}, and the facts read from its documents into {@value #FACTS}. All are spooled beside
 * the record while the batch runs and stored in it at the end.
 */
public final class BatchRecord implements AutoCloseable {

    /** Files in one part of the inputs. */
    static final int PART = 10_000;
    private final int partSize;

    private final RecordWriter writer;
    private final SpoolFiles spoolFiles;
    // One thread compresses: the inputs and the output, most of what a record costs, while the batch goes on. The
    // caller's thread lays out the parts' zips and gathers the bytes into chunks, which is mere copying.
    private final Background compressor = new Background("jixiao-record");
    private final Queue<byte[]> spareChunks = new ConcurrentLinkedQueue<>();
    private final List<Spool> parts = new ArrayList<>();
    private ZipOutputStream inputs;
    private int inPart;
    private final Spool output;
    private final Chunks outputChunks;
    private final Spool facts;
    private final Chunks factsChunks;
    private final Set<String> stored = new HashSet<>();
    private final List<RunDescription.Input> given = new ArrayList<>();
    private int reports;

    /** Starts the record in {@code out}; the large entries are spooled to files {@code spoolFiles} gives. */
    public BatchRecord(OutputStream out, SpoolFiles spoolFiles) throws IOException {
        this(out, spoolFiles, PART);
    }

    /** With parts of {@code partSize} files: small ones let a test see many parts. */
    BatchRecord(OutputStream out, SpoolFiles spoolFiles, int partSize) throws IOException {
        this.partSize = partSize;
        this.writer = new RecordWriter(out);
        this.spoolFiles = spoolFiles;
        this.output = new Spool(spoolFiles);
        this.outputChunks = new Chunks(compressor, output.stream(), spareChunks);
        Spool factsSpool = null;
        try {
            factsSpool = new Spool(spoolFiles);
        } finally {
            if (factsSpool == null) {
                output.close();
            }
        }
        this.facts = factsSpool;
        this.factsChunks = new Chunks(compressor, facts.stream(), spareChunks);
    }

    /** A file or folder the batch was given ({@code role} reports or waivers), named as given. */
    public void given(String role, String name) {
        given.add(new RunDescription.Input(name, role, InputNames.entry(name)));
    }

    /** Whether {@code name} is an entry of a batch's inputs: {@code input.NNNNN.zip.zst}. */
    public static boolean isInputPart(String name) {
        return name.matches("input\\.\\d{5}\\.zip\\.zst");
    }

    /** What an entry of a batch's inputs holds, once decompressed: a zip of the files as given, stored. */
    static InputStream partContent(InputStream entry) throws IOException {
        return Zstandard.decompressing(entry);
    }

    /**
     * A file the batch read, kept as it is under its name as shown; a file read twice in a part is kept once. It is
     * compressed on the record's own thread, in the order given, while the batch goes on.
     */
    public void input(String shown, byte[] bytes, boolean report) throws IOException {
        if (report) {
            reports++;
        }
        store(InputNames.entry(shown), bytes);
    }

    /**
     * A report the batch refused unread (larger than a report may be), kept as it is all the same: its replay gives the
     * same refusal. Read from the file twice (its CRC first, as a stored entry needs), never held whole; a file
     * that is gone, or no regular file (a pipe would never end), is left out, and its replay line differs.
     */
    public void input(String shown, Path file) throws IOException {
        reports++;
        if (!Files.isRegularFile(file)) {
            return;
        }
        CRC32 crc = new CRC32();
        long size;
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            return; // left out: the report's line says what reading it gave
        }
        if (open(InputNames.entry(shown), size, crc.getValue())) {
            // A file changed from one reading to the next fails the zip's own check of size and CRC: no record.
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(inputs);
            }
            inputs.closeEntry();
        }
    }

    private void store(String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (open(name, bytes.length, crc.getValue())) {
            inputs.write(bytes);
            inputs.closeEntry();
        }
    }

    /** Starts the stored entry {@code name} in the part being written; false when the part already holds it. */
    private boolean open(String name, long size, long crc) throws IOException {
        if (inputs == null || inPart == partSize) {
            nextPart();
        }
        if (!stored.add(name)) {
            return false;
        }
        inPart++;
        inputs.putNextEntry(RecordWriter.stored(RecordWriter.dated(name), size, crc));
        return true;
    }

    private void nextPart() throws IOException {
        endPart();
        Spool part = new Spool(spoolFiles);
        parts.add(part);
        inputs = new ZipOutputStream(new Chunks(compressor, part.stream(), spareChunks));
        inputs.setMethod(ZipOutputStream.STORED);
        stored.clear();
        inPart = 0;
    }

    /** Ends the part being written: its zip's directory, handed over, then its compressed stream. */
    private void endPart() throws IOException {
        if (inputs != null) {
            inputs.close(); // the zip's directory, and its chunks handed over; the part's own stream stays open
            Spool part = parts.get(parts.size() - 1);
            compressor.submit(0, part::end);
            inputs = null;
        }
    }

    /** Bytes of the batch's output, as written; compressed on the record's own thread. */
    public void output(byte[] bytes) throws IOException {
        outputChunks.write(bytes);
    }

    /** A line of {@value #FACTS}: the facts read from one report that is a document, in input order. */
    public void facts(byte[] line) throws IOException {
        factsChunks.write(line);
    }

    /** The entry of the facts read from the batch's documents, one JSON line a document, as {@code extract} writes. */
    static final String FACTS = ReportRecord.OUTPUT + "facts.jsonl" + Zstandard.EXTENSION;

    /** Ends the record: the inputs, the output ({@code outputName} under output/), the run, the rules, the manifest. */
    public void finish(RuleSet set, String tool, RunDescription.Options options, String outputName, int exit,
                       Path signingKey) throws IOException, RecordException {
        endPart();
        outputChunks.flush();
        factsChunks.flush();
        compressor.drain();
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).storeIn(writer, String.format("input.%05d.zip%s", i + 1, Zstandard.EXTENSION));
        }
        String entry = ReportRecord.OUTPUT + outputName + Zstandard.EXTENSION;
        facts.storeIn(writer, FACTS); // output/facts… comes before output/results… in the record's name order
        output.storeIn(writer, entry);
        RecordedRules rules = RecordedRules.of(set);
        writer.add(RunDescription.NAME, new RunDescription(RunDescription.FORMAT, Versions.current(tool), "check", true,
                options, List.copyOf(given), rules.description(), List.of(FACTS, entry), entry, exit, reports).bytes());
        for (Map.Entry<String, byte[]> e : rules.entries().entrySet()) {
            writer.add(e.getKey(), e.getValue());
        }
        writer.finish(signingKey);
    }

    /** Deletes the spooled entries, whether the record was finished or is being abandoned. */
    @Override
    public void close() throws IOException {
        compressor.stop();
        IOException first = null;
        List<Spool> all = new ArrayList<>(parts);
        all.add(output);
        all.add(facts);
        for (Spool s : all) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
