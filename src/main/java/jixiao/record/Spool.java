package jixiao.record;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A large entry of a batch's record, compressed into a temporary file beside the record while the batch runs and
 * stored in the record as it is at the end: a zip is written one entry at a time, and a batch writes its inputs and
 * its output at once. The file's CRC-32 is kept as it is written, for the zip's stored entry.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final CheckedOutputStream checked;
    private final OutputStream compressing;
    private boolean ended;

    Spool(SpoolFiles files) throws IOException {
        this.file = files.create();
        boolean opened = false;
        try {
            this.checked = new CheckedOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                    new CRC32());
            this.compressing = Zstandard.compressing(checked);
            opened = true;
        } finally {
            if (!opened) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Where the entry's content goes, uncompressed. */
    OutputStream stream() {
        return compressing;
    }

    /** Ends the compressed stream; the entry is ready to be stored. */
    void end() throws IOException {
        if (!ended) {
            ended = true;
            compressing.close();
        }
    }

    /** Stores the ended entry in {@code writer} under {@code name}. */
    void storeIn(RecordWriter writer, String name) throws IOException {
        end();
        writer.addStored(name, file, checked.getChecksum().getValue());
    }

    /** Deletes the temporary file, ended or not. */
    @Override
    public void close() throws IOException {
        try {
            end();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
