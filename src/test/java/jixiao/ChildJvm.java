package jixiao;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** jixiao's command line in a JVM of its own: for what one process cannot show, a signal or another locale. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The command {@code jixiao ARGS…}, run from the test's class path with this project's rules. */
    public static ProcessBuilder jixiao(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djixiao.home=" + Path.of("").toAbsolutePath(), "jixiao.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
