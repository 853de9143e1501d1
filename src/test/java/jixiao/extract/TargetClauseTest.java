package jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One target clause under a 绩效目标 heading: its name, kind, value and unit. */
class TargetClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "新建友城数量不少于 1 个        | 新建友城数量     | >= | 1   | 个",
        "举办培训班 3 期以上             | 举办培训班       | >= | 3   | 期",
        "验收合格率≥98%                  | 验收合格率       | >= | 98  | %",
        "投诉次数不超过 2 次             | 投诉次数         | <= | 2   | 次",
        "单位运行成本控制在5万元以内     | 单位运行成本     | <= | 5   | 万元",
        "计划召开座谈会两个              | 召开座谈会       | >= | 2   | 个",
        "开展文艺演出不少于十场          | 开展文艺演出     | >= | 10  | 场",
        "发放宣传资料不少于１２００份    | 发放宣传资料     | >= | 1200| 份",
    })
    void readsTheClause(String clause, String name, String kind, int target, String unit) {
        JsonNode ind = indicators(clause.strip() + "。").get(0);
        assertThat(ind.path("name").asText()).isEqualTo(name);
        assertThat(ind.path("kind").asText()).isEqualTo(kind);
        assertThat(ind.at("/target/value").asInt()).isEqualTo(target);
        assertThat(ind.path("unit").asText()).isEqualTo(unit);
        assertThat(ind.at("/target/source/line").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "培训合格率不低于 95%      | 质量指标",
        "项目按时完成率达到100%    | 时效指标",
        "人均培训成本不超过 500 元 | 成本指标",
        "培训人数不少于 50 人      | 数量指标",
    })
    void categoryFromTheWordsOfTheName(String clause, String level2) {
        assertThat(indicators(clause.strip() + "。").get(0).path("level2").asText()).isEqualTo(level2);
    }

    @org.junit.jupiter.api.Test
    void oneClauseForTwoSurveyedGroups() {
        JsonNode rows = indicators("服务对象及主管部门满意度不低于 90%。");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).path("subject").asText()).isEqualTo("服务对象");
        assertThat(rows.get(1).path("name").asText()).isEqualTo("主管部门满意度");
        assertThat(rows.get(1).path("level1").asText()).isEqualTo("满意度指标");
    }

    @org.junit.jupiter.api.Test
    void aClauseThatCannotBeSplitIsNotedNotGuessed() {
        Extraction e = Extract.extractor().extract("x.md", "## 二、绩效目标\n\n完成 3 个村的道路硬化建设。\n");
        assertThat(e.facts().path("indicators").size()).isZero();
        assertThat(e.notes()).anyMatch(n -> n.lowConfidence() && n.line() == 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "本项目共设置绩效指标7项，其中产出指标4项、效益指标2项、满意度指标1项",
        "本项目的绩效指标涵盖产出、效益和满意度三类",
    })
    void aSentenceDescribingTheIndicatorsIsNoIndicator(String sentence) {
        assertThat(indicators(sentence.strip() + "。").size()).isZero();
    }

    private static JsonNode indicators(String clause) {
        String text = "## 二、绩效目标\n\n" + clause + "\n";
        return Extract.extractor().extract("x.md", text).facts().path("indicators");
    }
}
