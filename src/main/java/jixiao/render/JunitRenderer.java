package jixiao.render;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import jixiao.verify.CaseResult;

/**
 * Rule case results as JUnit XML, the form CI servers show tests in: a test suite per rule (in id order), a test
 * case per case, a failure with what was expected and what fired. No times or host names: the same cases give the
 * same bytes.
 */
public final class JunitRenderer {

    private final String title;

    /** {@code title}: the rules and cases the run used, as the name of the whole. */
    public JunitRenderer(String title) {
        this.title = title;
    }

    public String render(List<CaseResult> results) {
        Map<String, List<CaseResult>> byRule = new TreeMap<>();
        results.forEach(r -> byRule.computeIfAbsent(r.ruleCase().rule(), k -> new ArrayList<>()).add(r));
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", xmlText(title));
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(failures(results)));
            xml.writeAttribute("errors", "0");
            for (Map.Entry<String, List<CaseResult>> suite : byRule.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                xml.writeAttribute("tests", String.valueOf(suite.getValue().size()));
                xml.writeAttribute("failures", String.valueOf(failures(suite.getValue())));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                for (CaseResult r : suite.getValue()) {
                    testCase(xml, r);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JUnit XML not writable", e);
        }
        return buffer.toString();
    }

    private static void testCase(XMLStreamWriter xml, CaseResult r) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", r.ruleCase().rule());
        xml.writeAttribute("name", xmlText(r.ruleCase().name()));
        xml.writeAttribute("file", xmlText(r.ruleCase().file()));
        if (!r.passed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlText(r.problems().isEmpty() ? "failed" : r.problems().get(0)));
            xml.writeAttribute("type", "rule case");
            List<String> lines = new ArrayList<>(r.problems());
            lines.add("fired: " + (r.fired().isEmpty() ? "nothing" : String.join(", ", r.fired())));
            xml.writeCharacters(xmlText(String.join("\n", lines)));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    /** XML 1.0 cannot hold most control characters, even escaped: a report's stray one is shown as U+FFFD. */
    static String xmlText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000 ? c : 0xFFFD));
        return out.toString();
    }

    private static long failures(List<CaseResult> results) {
        return results.stream().filter(r -> !r.passed()).count();
    }
}
