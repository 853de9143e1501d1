package jixiao.document;

import java.util.List;

/**
 * A report as read from any file: its blocks in reading order and what reading it warns of (an encoding guessed,
 * a sheet skipped). Every reader of facts works on this, never on a file format.
 */
public record Document(String name, List<Block> blocks, List<String> warnings) {

    public Document withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new Document(name, blocks, List.copyOf(w));
    }
}
