package jixiao.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files an output is written to before it replaces its target: named for the target, this host and
 * this process ({@code .results.jsonl.jixiao-HOST-PID-RANDOM.tmp}), so that one left by a run killed outright
 * (SIGKILL, a power cut: no shutdown hook runs) is known as such. The next output written to that folder removes
 * those of this host whose process is gone; another host's, or a live process's, are never touched.
 */
final class Temporaries {

    private static final Pattern NAME = Pattern.compile("\\..*\\.jixiao-(.+)-(\\d+)-[0-9a-z]+\\.tmp");
    /** This machine's name, in a form fit for a file name; a shared folder (NFS) may hold other hosts' files. */
    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Temporaries() {
    }

    /** A new name beside the target for its temporary file (the target's name cut short so the whole fits). */
    static Path name(Path dir, String target) {
        return name(dir, target, PID);
    }

    /** As {@link #name(Path, String)}, for the process {@code pid}. */
    static Path name(Path dir, String target, long pid) {
        String stem = target.length() > 120 ? target.substring(0, 120) : target;
        return dir.resolve("." + stem + ".jixiao-" + HOST + "-" + pid + "-"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + ".tmp");
    }

    /** Removes the temporary files in {@code dir} left by runs of this host that are no longer running. */
    static void clearStale(Path dir) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ".*.jixiao-*.tmp")) {
            for (Path file : found) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(HOST) && !running(Long.parseLong(m.group(2)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Clearing is a courtesy: a folder that cannot be listed is no reason to fail the output.
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * A file that is replaced keeps its mode (and, where the run may, its owner and group): replacing a report's
     * results does not make them private or public. A new file has the mode the umask gives it, as any program's.
     */
    static void keepMode(Path target, Path temporary) {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(target)) {
            return;
        }
        try {
            PosixFileAttributes was = Files.readAttributes(target, PosixFileAttributes.class);
            view.setPermissions(was.permissions());
            try {
                view.setGroup(was.group());
                view.setOwner(was.owner());
            } catch (IOException e) {
                // only root may give a file away: the run's own user owns it
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the mode the umask gave the new file stands
        }
    }

    private static String host() {
        String name;
        try {
            name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            name = System.getenv().getOrDefault("HOSTNAME", "");
        }
        name = name.replaceAll("[^A-Za-z0-9.-]", "_");
        return name.isEmpty() ? "host" : name.length() > 40 ? name.substring(0, 40) : name;
    }
}
