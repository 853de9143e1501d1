package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** The README's rule table names every rule that raises findings, and no rule that is gone. */
class ReadmeTest {

    @Test
    void ruleTableMatchesTheRules() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> ids = TestRules.shipped().catalog().rules().stream()
                .filter(r -> r.raisesFindings()).map(RuleInfo::id).toList();
        for (String id : ids) {
            assertThat(readme).as("README row for " + id).containsPattern("\\n\\| " + id + " \\| ");
        }
        long rows = readme.lines().filter(l -> l.matches("\\| [A-Z]+(-[A-Z0-9]+)+ \\| .*")).count();
        assertThat(rows).isEqualTo(ids.size());
    }
}
