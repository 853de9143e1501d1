package jixiao.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import jixiao.document.Document;

/**
 * The documents of recent uploads, in memory, so that a recheck of corrected facts still marks the report's lines:
 * at most {@link #CAPACITY}, the least recently used dropped first. Keys are random and unguessable.
 */
final class ViewCache {

    static final int CAPACITY = 64;

    /** What a recheck needs of its upload: its name and its document (null for a facts file). */
    record Entry(UploadName name, Document document) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized String put(Entry entry) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        String token = HexFormat.of().formatHex(key);
        entries.put(token, entry);
        return token;
    }

    /** The entry of {@code token}; null when it is unknown or has been dropped. */
    synchronized Entry get(String token) {
        return token == null ? null : entries.get(token);
    }
}
