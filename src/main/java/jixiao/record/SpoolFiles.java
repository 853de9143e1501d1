package jixiao.record;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a batch's record spools its large entries while the batch runs: each call a new, empty file, private to the
 * run. The caller names them and sees to it that a run stopped midway leaves none behind; the record deletes each
 * when it is done with it.
 */
@FunctionalInterface
public interface SpoolFiles {

    Path create() throws IOException;
}
