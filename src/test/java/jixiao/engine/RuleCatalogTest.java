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
        List<RuleSource> drl = withScoreTitle("总分与等级（改）");
        assertThat(RuleCatalog.prebuilt(drl)).isNull();
        assertThat(title(RuleCatalog.of(drl))).isEqualTo("总分与等级（改）");
    }

    @Test
    void editedRulesKeepTheirCatalogueBesideTheirCompiledForm() throws Exception {
        List<RuleSource> drl = withScoreTitle("总分与等级（缓存）");
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        String key = RuleCache.key(drl);
        Path stored = tmp.resolve("cache").resolve(key + ".catalog.json");
        // without a compiled form beside it, nothing is kept
        assertThat(title(RuleCatalog.of(drl, cache))).isEqualTo("总分与等级（缓存）");
        assertThat(stored).doesNotExist();
        cache.put(key, new byte[] {1}); // stands for the compiled form RuleBase keeps
        assertThat(title(RuleCatalog.of(drl, cache))).isEqualTo("总分与等级（缓存）");
        assertThat(stored).exists();
        assertThat(List.copyOf(cache.<RuleCatalog>catalogue(key, in -> RuleCatalog.read(in, drl)).rules()))
                .isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        // what is kept is what is read: a title changed in the file comes back ...
        String json = Files.readString(stored);
        Files.writeString(stored, json.replace("总分与等级（缓存）", "总分与等级（读自缓存）"));
        assertThat(title(RuleCatalog.of(drl, cache))).isEqualTo("总分与等级（读自缓存）");
        // ... but not for other DRL: a catalogue whose key is not these files' is parsed again
        Files.writeString(stored, json.replace("总分与等级（缓存）", "总分与等级（读自缓存）")
                .replace(RuleCache.drlKey(drl), "0" + RuleCache.drlKey(drl).substring(1)));
        assertThat(title(RuleCatalog.of(drl, cache))).isEqualTo("总分与等级（缓存）");
    }

    private static String title(RuleCatalog catalog) {
        return catalog.rules().stream().filter(r -> "SCORE-GRADE".equals(r.id())).findFirst().orElseThrow().title();
    }

    /** The shipped rules copied to rules/ under the temporary folder, SCORE-GRADE's title changed. */
    private List<RuleSource> withScoreTitle(String title) throws Exception {
        Path copy = copyOfRules("rules");
        Path score = copy.resolve("score.drl");
        Files.writeString(score, Files.readString(score).replace("按评价办法计算的总分与等级", title));
        return new RuleSetLoader().load(copy).drl();
    }

    private Path copyOfRules(String folder) throws IOException {
        return jixiao.TestRules.copyShipped(tmp.resolve(folder));
    }
}
