package jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Where a command's output goes: standard output, or a file written whole or not at all (a temporary file beside
 * it, then a rename), never over one of the command's inputs. Only a regular file (or a new one) is replaced so: a
 * device or a pipe (/dev/null, /dev/stdout, a FIFO) is written to as it is, a link is followed to its file, and a
 * folder is refused.
 */
final class OutputFile implements AutoCloseable {

    /** Standard output, when there is no target; else null. */
    private final Writer out;
    /** The temporary file's bytes, when there is a target; else null. */
    private final OutputStream stream;
    private final Path target;
    private final Path temporary;
    /** Deletes the temporary file if the process is stopped (Ctrl-C, kill) before the output is complete. */
    private final Thread onStop;

    private OutputFile(Writer out, OutputStream stream, Path target, Path temporary, Thread onStop) {
        this.out = out;
        this.stream = stream;
        this.target = target;
        this.temporary = temporary;
        this.onStop = onStop;
    }

    /** Runs {@code onStop} if the process is stopped (Ctrl-C, kill) from now on; refused once it is stopping. */
    static void install(Thread onStop) throws IOException {
        try {
            Runtime.getRuntime().addShutdownHook(onStop);
        } catch (IllegalStateException e) {
            throw new IOException("the run is being stopped");
        }
    }

    /** What {@code onStop} would clean up is gone or kept: it need not run when the process stops. */
    static void settle(Thread onStop) {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException e) {
            // the process is stopping: the hook runs, and finds nothing or the temporary file to delete
        }
    }

    /** Refuses a target that is one of the inputs, under any name (a link included). */
    static void refuseOverwrite(String command, Path target, List<Path> inputs) throws CommandFailure {
        BiPredicate<Path, Object> isTarget = sameAs(target);
        for (Path input : inputs) {
            if (isTarget.test(input, null)) {
                throw overwrites(command, target, input);
            }
        }
    }

    /** The error for a target that is the input {@code input}. */
    static CommandFailure overwrites(String command, Path target, Path input) {
        return Subcommand.usage(command, "-o " + target + " would overwrite the input " + input);
    }

    /**
     * Whether an input is the target, under any name: given the input and its file key (device and inode) where a
     * folder walk read it already, else null. Keys are compared, so a batch of many reports costs at most one look at
     * each; where the file system gives no keys, the files are compared in full. No target, or none yet: never.
     */
    static BiPredicate<Path, Object> sameAs(Path target) {
        BasicFileAttributes targetAttributes = attributes(target);
        if (targetAttributes == null) {
            return (input, key) -> false; // no such file yet: nothing to overwrite
        }
        Object targetKey = targetAttributes.fileKey();
        if (targetKey == null) {
            return (input, key) -> sameFile(target, input);
        }
        return (input, key) -> key != null ? targetKey.equals(key) : sameKey(targetKey, input);
    }

    private static BasicFileAttributes attributes(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameKey(Object targetKey, Path input) {
        BasicFileAttributes a = attributes(input);
        return a != null && targetKey.equals(a.fileKey());
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false; // not comparable: not the same file
        }
    }

    /** Writes the whole text to the target, or to {@code out} when there is none. */
    static void deliver(PrintWriter out, Path target, String text) throws CommandFailure {
        // What UTF-8 cannot hold (a lone surrogate) becomes '?', as on standard output.
        deliver(out, target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes whole (a Word file); to standard output only as UTF-8 text through its writer. */
    static void deliver(PrintWriter out, Path target, byte[] bytes) throws CommandFailure {
        try (OutputFile o = open(target, out)) {
            o.writeUtf8(bytes);
            o.commit();
        } catch (IOException e) {
            throw new CommandFailure(ExitCode.OUTPUT, (target == null ? "standard output" : target.toString())
                    + ": cannot write: " + reason(e));
        }
    }

    /** What went wrong in words, not the name of an exception or of a temporary file. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Opens the output for writing in pieces; nothing reaches the target before {@link #commit()}. */
    static OutputFile open(Path target, PrintWriter out) throws IOException {
        if (target == null) {
            return new OutputFile(out, null, null, null, null);
        }
        if (Files.isDirectory(target)) {
            throw new IOException("is a folder");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe: renaming a file over it would replace it (/dev/null, as root). Written to directly.
            return new OutputFile(null, new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), null, null, null);
        }
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            target = target.toRealPath(); // the link stays; its file gets the output
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("no such folder");
        }
        // The clean-up is in place before the temporary file exists, so that no moment leaves one behind.
        java.util.concurrent.atomic.AtomicReference<Path> made = new java.util.concurrent.atomic.AtomicReference<>();
        Thread onStop = new Thread(() -> deleteQuietly(made.get()), "jixiao-output-cleanup");
        install(onStop);
        try {
            Temporaries.clearStale(dir);
            made.set(Temporaries.name(dir, target.getFileName().toString()));
            // Created new (never through a link planted under its name), with the mode the umask gives a new file.
            OutputStream stream = Files.newOutputStream(made.get(), java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            Temporaries.keepMode(target, made.get());
            return new OutputFile(null, new BufferedOutputStream(stream, 1 << 16), target, made.get(), onStop);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(made.get());
            settle(onStop);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // nothing better to do: the run is failing or stopping already
            }
        }
    }

    /** The bytes of the file or device being written (a record's zip); null when the output is standard output. */
    OutputStream stream() {
        return stream;
    }

    /** Writes text already encoded as UTF-8: to a file as it is, to standard output through its writer. */
    void writeUtf8(byte[] bytes) throws IOException {
        if (stream != null) {
            stream.write(bytes);
        } else {
            out.write(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    void commit() throws IOException {
        if (target == null && stream != null) {
            stream.flush(); // a device or a pipe, written directly
        } else if (target == null) {
            out.flush();
            if (out instanceof PrintWriter p && p.checkError()) {
                throw new IOException("standard output could not be written (a full disk or a closed pipe?)");
            }
        } else {
            stream.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            settle(onStop);
        }
    }

    @Override
    public void close() throws IOException {
        if (target == null && stream != null) {
            stream.close();
        } else if (target != null) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary); // also when closing fails (a full disk): no half-written file is left
                settle(onStop);
            }
        } else {
            out.flush();
        }
    }
}
