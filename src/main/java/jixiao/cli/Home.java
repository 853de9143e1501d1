package jixiao.cli;

import java.nio.file.Path;

/** Where jixiao's own files are: {@code -Djixiao.home} as bin/jixiao sets it, else the working folder. */
final class Home {

    private Home() {
    }

    static Path path(String relative) {
        String home = System.getProperty("jixiao.home");
        return home == null ? Path.of(relative) : Path.of(home, relative);
    }
}
