package jixiao.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an input file given as {@code reports/r1.json} (or {@code /data/r1.json}, {@code ../r1.json}) is kept in a
 * record: {@code input/} and its path, each part as it is but a root, {@code .} and {@code ..} written {@code %2F},
 * {@code %2E}, {@code %2E%2E}, and {@code %} and control characters as {@code %XX}. Distinct paths get distinct names,
 * and no name leaves the folder it is unpacked into.
 */
public final class InputNames {

    public static final String FOLDER = "input/";

    private InputNames() {
    }

    public static String entry(String given) {
        String path = given.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        if (path.startsWith("/")) {
            parts.add("%2F");
        }
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            parts.add(part.equals(".") ? "%2E" : part.equals("..") ? "%2E%2E" : escape(part));
        }
        return FOLDER + String.join("/", parts);
    }

    private static String escape(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (char c : part.toCharArray()) {
            if (c == '%' || c < 0x20 || c == 0x7f) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code name} is a name this class gives, safe to unpack under a folder. */
    public static boolean isSafe(String name) {
        if (!name.startsWith(FOLDER) || name.contains("\\") || name.endsWith("/")) {
            return false;
        }
        for (String part : name.substring(FOLDER.length()).split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.chars().anyMatch(c -> c < 0x20)) {
                return false;
            }
        }
        return true;
    }
}
