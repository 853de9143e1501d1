package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** The policy staff's rule table names every rule that raises findings; every link of the README and docs resolves. */
class ReadmeTest {

    @Test
    void ruleTableMatchesTheRules() throws Exception {
        String guide = Files.readString(Path.of("docs/policy-staff.md"));
        List<String> ids = TestRules.shipped().catalog().rules().stream()
                .filter(r -> r.raisesFindings()).map(RuleInfo::id).toList();
        for (String id : ids) {
            assertThat(guide).as("docs/policy-staff.md row for " + id).containsPattern("\\n\\| " + id + " \\| ");
        }
        long rows = guide.lines().filter(l -> l.matches("\\| [A-Z]+(-[A-Z0-9]+)+ \\| .*")).count();
        assertThat(rows).isEqualTo(ids.size());
    }

    @Test
    void everyLinkOfTheReadmeAndTheGuidesResolves() throws Exception {
        List<Path> pages;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            pages = Stream.concat(Stream.of(Path.of("README.md")), docs.filter(p -> p.toString().endsWith(".md")))
                    .toList();
        }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        int checked = 0;
        for (Path page : pages) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http")) {
                    continue;
                }
                Path resolved = page.toAbsolutePath().getParent().resolve(target).normalize();
                assertThat(resolved).as(page + " links to " + target).exists();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theReadmeFitsOnAScreenOrTwo() throws Exception {
        assertThat(Files.size(Path.of("README.md"))).isLessThan(6_000);
    }
}
