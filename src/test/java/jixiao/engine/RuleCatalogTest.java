package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.load.RuleSetLoader;
import jixiao.load.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue the build writes for the shipped rules is the one the DRL parser reads from them. */
class RuleCatalogTest {

    @Test
    void thePrebuiltCatalogueIsTheParsedOne() throws Exception {
        List<RuleSource> drl = new RuleSetLoader().load(Path.of("rules")).drl();
        assertThat(RuleCatalogTest.class.getResource(CompiledModel.PREBUILT_CATALOG)).isNotNull();
        List<RuleInfo> read = List.copyOf(RuleCatalog.of(drl).rules());
        assertThat(read).isNotEmpty().isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        assertThat(read).allSatisfy(r -> assertThat(r.file()).startsWith("rules/"));
    }

    @Test
    void theSameRulesInAnotherFolderAreNamedByThatFolder(@TempDir Path tmp) throws Exception {
        Path copy = Files.createDirectory(tmp.resolve("edited"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<RuleSource> drl = new RuleSetLoader().load(copy).drl();
        List<RuleInfo> read = List.copyOf(RuleCatalog.of(drl).rules());
        assertThat(read).isEqualTo(List.copyOf(RuleCatalog.parse(drl).rules()));
        assertThat(read).allSatisfy(r -> assertThat(r.file()).startsWith("edited/"));
    }

    @Test
    void editedRulesAreParsedNotTakenFromTheBuild(@TempDir Path tmp) throws Exception {
        Path copy = Files.createDirectory(tmp.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path score = copy.resolve("score.drl");
        Files.writeString(score, Files.readString(score).replace("按评价办法计算的总分与等级", "总分与等级（改）"));
        RuleInfo grade = RuleCatalog.of(new RuleSetLoader().load(copy).drl()).rules().stream()
                .filter(r -> "SCORE-GRADE".equals(r.id())).findFirst().orElseThrow();
        assertThat(grade.title()).isEqualTo("总分与等级（改）");
    }
}
