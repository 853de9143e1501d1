package jixiao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrebuildTest {

    @Test
    void anEarlierPrebuildIsDroppedAndJixiaosOwnClassesAndResourcesStay(@TempDir Path out) throws IOException {
        List<String> kept = List.of("jixiao/engine/Checker.class", "jixiao/model/Measure.class", "simplelogger.properties",
                "jixiao/schema/report.schema.json");
        List<String> earlier = List.of("rules/Rules0A1B.class", "rules/P52/LambdaPredicate52C4.class",
                "org/drools/project/model/ProjectModel_jixiao_rules_1_0_0_00a9.class",
                "jixiao/prebuilt-rules.properties", "jixiao/prebuilt-catalog.json");
        for (String name : concat(kept, earlier)) {
            Path f = out.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, name);
        }

        Prebuild.dropEarlierPrebuilds(out);

        assertThat(files(out)).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(out.resolve("rules")).doesNotExist();
        assertThat(out.resolve("org")).doesNotExist();
    }

    @Test
    void aMissingOutputFolderIsNoError(@TempDir Path parent) throws IOException {
        Prebuild.dropEarlierPrebuilds(parent.resolve("not-yet"));
        assertThat(parent.resolve("not-yet")).doesNotExist();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
