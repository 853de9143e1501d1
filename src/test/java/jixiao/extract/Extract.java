package jixiao.extract;

import java.nio.file.Path;

/** The shipped extraction vocabulary, loaded once for the tests. */
final class Extract {

    static final Path VOCABULARY = Path.of("rules/extraction.yaml");
    private static Extractor extractor;

    private Extract() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            try {
                extractor = new Extractor(ExtractionPatterns.load(VOCABULARY));
            } catch (jixiao.load.BadRulesException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return extractor;
    }
}
