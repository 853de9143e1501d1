package jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import jixiao.record.SpoolFiles;

/**
 * The files a batch's record spools to, beside the record: named as {@link Temporaries} names an output's temporary
 * file, so that those of a run killed outright are removed by the next output written there; readable by the run's
 * user alone (they hold the reports); deleted by a shutdown hook when the run is stopped (Ctrl-C, kill), and by
 * {@link #close()} when it ends.
 */
final class SpoolFolder implements SpoolFiles, AutoCloseable {

    private final Path dir;
    private final String stem;
    private final List<Path> made = new ArrayList<>();
    private final Thread onStop = new Thread(this::deleteAll, "jixiao-record-cleanup");

    /** Spools beside {@code record}, the record's file. */
    SpoolFolder(Path record) throws IOException {
        this.dir = record.toAbsolutePath().getParent();
        this.stem = record.getFileName().toString() + ".part";
        OutputFile.install(onStop);
        Temporaries.clearStale(dir); // beside the record as named, which may be a link to another folder
    }

    @Override
    public Path create() throws IOException {
        Path file = Temporaries.name(dir, stem);
        synchronized (made) {
            made.add(file);
        }
        Files.newByteChannel(file, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))).close();
        return file;
    }

    private void deleteAll() {
        synchronized (made) {
            for (Path file : made) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // nothing better to do: the run is ending; the next output here removes it
                }
            }
        }
    }

    @Override
    public void close() {
        deleteAll();
        OutputFile.settle(onStop);
    }
}
