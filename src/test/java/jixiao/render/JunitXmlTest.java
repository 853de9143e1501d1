package jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import jixiao.Cli;
import jixiao.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code rules test --format junit} is read back by the JDK's standard XML parser, as a CI server reads it. */
class JunitXmlTest {

    @TempDir
    Path tmp;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCasesAreASuitePerRuleAndACasePerCase() throws Exception {
        Cli run = Cli.run("rules", "test", "--format", "junit");
        assertThat(run.code()).as(run.err()).isZero();
        Document xml = parse(run.out());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList cases = root.getElementsByTagName("testcase");
        long shipped = caseCount(Path.of("fixtures/rules"));
        assertThat(cases.getLength()).isEqualTo((int) shipped);
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(shipped));
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(root.getElementsByTagName("failure").getLength()).isZero();
        NodeList suites = root.getElementsByTagName("testsuite");
        Element unmet = null;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").equals("IND-UNMET")) {
                unmet = s;
            }
        }
        assertThat(unmet).isNotNull();
        assertThat(unmet.getAttribute("tests")).isEqualTo("7");
        Element first = (Element) unmet.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("classname")).isEqualTo("IND-UNMET");
        assertThat(first.getAttribute("name")).isEqualTo("80 of 100 trainees");
        assertThat(run.out()).isEqualTo(Cli.run("rules", "test", "--format", "junit").out());
    }

    @Test
    void aFailingCaseIsAFailureWithWhatWasExpectedAndWhatFired() throws Exception {
        Path cases = tmp.resolve("cases");
        FileTree.copy(Path.of("fixtures/rules"), cases);
        Path file = cases.resolve("SAT-BELOW-MIN.yaml");
        Files.writeString(file, Files.readString(file).replace("/indicators/5/actual: 90,", "/indicators/5/actual: 96,"));
        Path out = tmp.resolve("results.xml");
        Cli run = Cli.run("rules", "test", "--cases", cases.toString(), "--format", "junit", "-o", out.toString(),
                "SAT-BELOW-MIN");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        Document xml = parse(Files.readString(out));
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("expected SAT-BELOW-MIN about 学员满意度 to fire; it did not");
        assertThat(failure.getTextContent()).contains("fired: SCORE-GRADE 总分");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("90% satisfied");
    }

    @Test
    void controlCharactersXmlCannotHoldAreReplaced() throws Exception {
        assertThat(JunitRenderer.xmlText("a\u0001b\tc")).isEqualTo("a\uFFFDb\tc");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli run = Cli.run("rules", "test", "--format", "xml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format must be text or junit, not 'xml'");
    }

    private static long caseCount(Path dir) throws IOException {
        Cli run = Cli.run("rules", "test", "--cases", dir.toString());
        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        return Long.parseLong(last.substring(0, last.indexOf(' ')));
    }
}
