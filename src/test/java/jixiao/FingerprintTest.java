package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jixiao.load.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule set fingerprint: same rules, same fingerprint, whatever the line endings; any edit changes it. */
class FingerprintTest {

    @TempDir
    Path tmp;

    private Path copy(String name, boolean crlf) throws IOException {
        Path dir = tmp.resolve(name).resolve("rules");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(TestRules.DIR)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(dir.resolve(f.getFileName()), crlf ? text.replace("\n", "\r\n") : text);
            }
        }
        return dir;
    }

    @Test
    void independentOfLineEndingsAndFolder() throws Exception {
        String shipped = new RuleSetLoader().load(TestRules.DIR).fingerprint();
        assertThat(new RuleSetLoader().load(copy("a", false)).fingerprint()).isEqualTo(shipped);
        assertThat(new RuleSetLoader().load(copy("b", true)).fingerprint()).isEqualTo(shipped);
    }

    @Test
    void anyEditChangesIt() throws Exception {
        String shipped = new RuleSetLoader().load(TestRules.DIR).fingerprint();
        Path dir = copy("c", false);
        Path messages = dir.resolve("messages.en.yaml");
        Files.writeString(messages, Files.readString(messages).replace("missed its target", "fell short"));
        assertThat(new RuleSetLoader().load(dir).fingerprint()).isNotEqualTo(shipped);
    }
}
