package jixiao.load;

import java.nio.file.Path;

/** One file of a rule set: its name inside the rules folder, where it is on disk, and its text. */
public record RuleSource(String name, Path path, String text) {

    /** How traces name the file: the rules folder's name and the file, e.g. {@code rules/funding.drl}. */
    public String display() {
        Path folder = path.toAbsolutePath().normalize().getParent();
        return (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/") + name;
    }

    public boolean isDrl() {
        return name.endsWith(".drl");
    }
}
