package jixiao.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.sha256}: each entry of a record and the SHA-256 of its bytes, one {@code HEX  NAME} line an entry in
 * name order, the form {@code sha256sum -c} reads once the record is unpacked.
 */
public final class Manifest {

    public static final String NAME = "manifest.sha256";

    private final Map<String, String> digests;

    Manifest(Map<String, String> digests) {
        this.digests = Collections.unmodifiableMap(new TreeMap<>(digests));
    }

    /** Entry names to their SHA-256 in hex, in name order. */
    public Map<String, String> digests() {
        return digests;
    }

    byte[] bytes() {
        StringBuilder text = new StringBuilder();
        digests.forEach((name, hex) -> text.append(hex).append("  ").append(name).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; a line not of its form is named by its number. */
    static Manifest parse(byte[] bytes, String where) throws RecordException {
        Map<String, String> digests = new TreeMap<>();
        List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.matches("[0-9a-f]{64}  \\S.*")) {
                throw new RecordException(where + ":" + (i + 1) + ": not a line of the form 'SHA-256  ENTRY'");
            }
            if (digests.put(line.substring(66), line.substring(0, 64)) != null) {
                throw new RecordException(where + ":" + (i + 1) + ": " + line.substring(66) + " is listed twice");
            }
        }
        return new Manifest(digests);
    }
}
