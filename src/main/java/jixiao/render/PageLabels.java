package jixiao.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page's own words in 中文 and English ({@code jixiao/web/labels.yaml}), for the HTML view and the page's script. */
public final class PageLabels {

    private static final Map<String, Map<String, String>> ALL = load();

    private final String language;

    public PageLabels(String language) {
        this.language = "en".equals(language) ? "en" : "zh";
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        Map<String, String> both = ALL.get(key);
        if (both == null) {
            throw new IllegalArgumentException("no page label " + key);
        }
        return both.get(language);
    }

    /** The label with a count after it, in the language's own brackets: 检查发现（11）, Findings (11). */
    public String counted(String key, long n) {
        return language.equals("en") ? get(key) + " (" + n + ")" : get(key) + "（" + n + "）";
    }

    /** The label leading what follows it, in the language's own colon: 建议：…, Recommendation: … */
    public String leading(String key) {
        return get(key) + (language.equals("en") ? ": " : "：");
    }

    /** Every label in both languages: key → {zh, en}. */
    public static Map<String, Map<String, String>> all() {
        return ALL;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = PageLabels.class.getResourceAsStream("/jixiao/web/labels.yaml")) {
            return Map.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<
                    java.util.LinkedHashMap<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("the page's labels could not be read from the jar", e);
        }
    }
}
