package jixiao.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A finding's values as a template reads them, worded when asked for. */
class ValueTextTest {

    @Test
    void eachValueReadsAsInASentence() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rate", new BigDecimal("93.50"));
        values.put("score", 4.005);
        values.put("missing", null);
        values.put("names", List.of("产出指标", "效益指标"));
        Map<String, String> text = ValueText.of("指标1", values);
        assertThat(text.get("subject")).isEqualTo("指标1");
        assertThat(text.get("rate")).isEqualTo("93.50");
        assertThat(text.get("score")).isEqualTo("4.01");
        assertThat(text.get("missing")).isEqualTo("—");
        assertThat(text.get("names")).isEqualTo("产出指标、效益指标");
        assertThat(text.get("other")).isNull();
        assertThat(text.keySet()).containsExactly("subject", "rate", "score", "missing", "names");
        assertThat(new LinkedHashMap<>(text).values()).containsExactly("指标1", "93.50", "4.01", "—", "产出指标、效益指标");
        assertThat(ValueText.of(null, Map.of()).get("subject")).isEmpty();
    }

    @Test
    void aValueNamedSubjectWordsOverTheSubject() {
        Map<String, String> text = ValueText.of("指标1", Map.of("subject", 2.5));
        assertThat(text.get("subject")).isEqualTo("2.5");
        assertThat(new LinkedHashMap<>(text)).containsExactly(Map.entry("subject", "2.5"));
    }
}
