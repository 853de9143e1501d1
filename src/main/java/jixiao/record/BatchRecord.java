package jixiao.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jixiao.load.RuleSet;

/**
 * The record of a batch, written as the batch runs, in memory that does not grow with the batch. The reports go
 * into entries {@code input.00001.zip}, {@code input.00002.zip}…, each a zip of {@value #PART} files as given,
 * stored, that the record compresses as a whole: reports share most of their words, and one stream compresses them
 * to half of what each compressed alone would, in a third of the time. A part's directory is held in memory until
 * the part ends, so parts keep that bounded. The batch's output goes to a gzip file beside the record while the
 * batch runs, stored in the record at the end, since a zip is written one entry at a time.
 */
public final class BatchRecord implements AutoCloseable {

    /** Files in one part of the inputs. */
    static final int PART = 10_000;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final RecordWriter writer;
    private ZipOutputStream inputs;
    private int parts;
    private int inPart;
    private final Path spool;
    private final CheckedOutputStream spoolCrc;
    private final GZIPOutputStream output;
    private final Set<String> stored = new HashSet<>();
    // Two threads, one a stream: compressing the inputs and the output is most of what a record costs, and the batch's
    // own threads need not wait for it.
    private final Background inputWriter = new Background("jixiao-record-inputs");
    private final Background outputWriter = new Background("jixiao-record-output");
    private final List<RunDescription.Input> given = new ArrayList<>();
    private int reports;

    /** Starts the record in {@code out}; the output's spool is a temporary file in {@code spoolDir}. */
    public BatchRecord(OutputStream out, Path spoolDir) throws IOException {
        this.writer = new RecordWriter(out);
        this.spool = Files.createTempFile(spoolDir, ".jixiao-record-output", ".gz");
        this.spoolCrc = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16),
                new CRC32());
        this.output = new GZIPOutputStream(spoolCrc, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED); // the output compresses 7 to 1 at the fastest level already
            }
        };
    }

    /** A file or folder the batch was given ({@code role} reports or waivers), named as given. */
    public void given(String role, String name) {
        given.add(new RunDescription.Input(name, role, InputNames.entry(name)));
    }

    /** Whether {@code name} is an entry of a batch's inputs: {@code input.NNNNN.zip}. */
    public static boolean isInputPart(String name) {
        return name.matches("input\\.\\d{5}\\.zip");
    }

    /**
     * A file the batch read, kept as it is under its name as shown; a file read twice in a part is kept once. Written
     * on a thread of its own, in the order given, while the batch goes on.
     */
    public void input(String shown, byte[] bytes, boolean report) throws IOException {
        if (report) {
            reports++;
        }
        inputWriter.submit(bytes.length, () -> store(InputNames.entry(shown), bytes));
    }

    private void store(String name, byte[] bytes) throws IOException {
        if (inputs == null || inPart == PART) {
            nextPart();
        }
        if (!stored.add(name)) {
            return;
        }
        inPart++;
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        inputs.putNextEntry(entry);
        inputs.write(bytes);
        inputs.closeEntry();
    }

    private void nextPart() throws IOException {
        if (inputs != null) {
            inputs.close(); // ends the entry it writes into
        }
        parts++;
        // Buffered: the zip writes its headers a few bytes at a time, each a call into the compressor otherwise.
        inputs = new ZipOutputStream(new BufferedOutputStream(
                writer.open(String.format("input.%05d.zip", parts), Deflater.BEST_SPEED), 1 << 16));
        inputs.setMethod(ZipOutputStream.STORED);
        stored.clear();
        inPart = 0;
    }

    /** Bytes of the batch's output, as written; compressed on a thread of its own. */
    public void output(byte[] bytes) throws IOException {
        outputWriter.submit(bytes.length, () -> output.write(bytes));
    }

    /** Ends the record: the inputs, the output ({@code outputName} under output/), the run, the rules, the manifest. */
    public void finish(RuleSet set, String tool, RunDescription.Options options, String outputName, int exit,
                       Path signingKey) throws IOException, RecordException {
        inputWriter.drain();
        outputWriter.drain();
        if (inputs != null) {
            inputs.close();
        }
        output.close();
        String entry = ReportRecord.OUTPUT + outputName + ".gz";
        writer.addStored(entry, spool, spoolCrc.getChecksum().getValue());
        RecordedRules rules = RecordedRules.of(set);
        writer.add(RunDescription.NAME, new RunDescription(RunDescription.FORMAT, Versions.current(tool), "check", true,
                options, List.copyOf(given), rules.description(), List.of(entry), entry, exit, reports).bytes());
        for (Map.Entry<String, byte[]> e : rules.entries().entrySet()) {
            writer.add(e.getKey(), e.getValue());
        }
        writer.finish(signingKey);
    }

    @Override
    public void close() throws IOException {
        inputWriter.stop();
        outputWriter.stop();
        try {
            output.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
