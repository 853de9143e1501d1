package jixiao.extract;

/** Puts an indicator in its 一级/二级 category by the words of its name (质量/合格率 → 质量指标 …). */
final class Categories {

    private final ExtractionPatterns patterns;

    Categories(ExtractionPatterns patterns) {
        this.patterns = patterns;
    }

    ExtractionPatterns.CategoryWords of(String name) {
        for (ExtractionPatterns.CategoryWords c : patterns.categories()) {
            if (Words.anyIn(name, c.words())) {
                return c;
            }
        }
        return patterns.defaultCategory();
    }

    /** The satisfaction word a name holds (满意度), or null. */
    String satisfactionWord(String text) {
        return Words.firstIn(text, patterns.rates("satisfaction"));
    }
}
