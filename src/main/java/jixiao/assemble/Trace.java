package jixiao.assemble;

import java.util.List;

/**
 * Where a finding came from: the DRL rule (name, file, line of its declaration), the input facts it matched
 * (JSON pointers), and the report lines those facts were read from.
 */
public record Trace(String rule, String file, int line, List<String> facts, SourceRef source, List<SourceRef> sources) {

    /** One value's place in the input and in the published report. */
    public record SourceRef(String pointer, Integer line, String locator, String quote) {

        /** 第12行, or the document locator (第3页第12行, 表2 第4行 第5列). */
        public String place() {
            return locator != null ? locator : line != null ? "第" + line + "行" : null;
        }
    }
}
