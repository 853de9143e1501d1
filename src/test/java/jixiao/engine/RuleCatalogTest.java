package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.load.RuleSetLoader;
import jixiao.load.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue the build writes for the shipped rules is the one the DRL parser reads from them, and only theirs. */
class RuleCatalogTest {

    @TempDir
    Path tmp;

    @Test
    void thePrebuiltCatalogueIsTheParsedOne() throws Exception {
        List<RuleSource> drl = new RuleSetLoader().load(Path.of("rules")).drl();
        RuleCatalog prebuilt = RuleCatalog.prebuilt(drl);
        assertThat(prebuilt).isNotNull();
        List<RuleInfo> read = List.copyOf(prebuilt.rules());
        assertThat(read).isNotEmpty().isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        assertThat(read).allSatisfy(r -> assertThat(r.file()).startsWith("rules/"));
        assertThat(List.copyOf(RuleCatalog.of(drl).rules())).isEqualTo(read);
    }

    @Test
    void theSameRulesInAnotherFolderAreNamedByThatFolder() throws Exception {
        List<RuleSource> drl = new RuleSetLoader().load(copyOfRules("edited")).drl();
        RuleCatalog prebuilt = RuleCatalog.prebuilt(drl);
        assertThat(prebuilt).isNotNull();
        List<RuleInfo> read = List.copyOf(prebuilt.rules());
        assertThat(read).isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        assertThat(read).allSatisfy(r -> assertThat(r.file()).startsWith("edited/"));
    }

    @Test
    void editedRulesAreParsedNotTakenFromTheBuild() throws Exception {
        Path copy = copyOfRules("rules");
        Path score = copy.resolve("score.drl");
        Files.writeString(score, Files.readString(score).replace("按评价办法计算的总分与等级", "总分与等级（改）"));
        List<RuleSource> drl = new RuleSetLoader().load(copy).drl();
        assertThat(RuleCatalog.prebuilt(drl)).isNull();
        RuleInfo grade = RuleCatalog.of(drl).rules().stream()
                .filter(r -> "SCORE-GRADE".equals(r.id())).findFirst().orElseThrow();
        assertThat(grade.title()).isEqualTo("总分与等级（改）");
    }

    @Test
    void editedRulesKeepTheirCatalogueInTheCache() throws Exception {
        Path copy = copyOfRules("rules");
        Path score = copy.resolve("score.drl");
        Files.writeString(score, Files.readString(score).replace("按评价办法计算的总分与等级", "总分与等级（缓存）"));
        List<RuleSource> drl = new RuleSetLoader().load(copy).drl();
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        String key = RuleCache.key(drl);
        RuleCatalog before = cache.catalogue(key, in -> RuleCatalog.read(in, drl));
        assertThat(before).isNull();
        List<RuleInfo> first = List.copyOf(RuleCatalog.of(drl, cache).rules());
        RuleCatalog kept = cache.catalogue(key, in -> RuleCatalog.read(in, drl));
        assertThat(kept).isNotNull();
        assertThat(List.copyOf(kept.rules())).isEqualTo(first).isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        assertThat(List.copyOf(RuleCatalog.of(drl, cache).rules())).isEqualTo(first);
        // the same entry does not serve other DRL: another edit is parsed, and kept under its own key
        Files.writeString(score, Files.readString(score).replace("总分与等级（缓存）", "总分与等级（再改）"));
        List<RuleSource> edited = new RuleSetLoader().load(copy).drl();
        assertThat(RuleCatalog.of(edited, cache).rules()).anySatisfy(r -> assertThat(r.title()).isEqualTo("总分与等级（再改）"));
        try (var entries = Files.list(tmp.resolve("cache"))) {
            assertThat(entries.filter(f -> f.toString().endsWith(".catalog.json")).count()).isEqualTo(2);
        }
    }

    private Path copyOfRules(String folder) throws IOException {
        Path copy = Files.createDirectory(tmp.resolve(folder));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
