package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jixiao.derived.TextMatch;
import org.junit.jupiter.api.Test;

class TextMatchTest {

    @Test
    void aProblemNamingTheIndicatorMentionsIt() {
        assertThat(TextMatch.mentions("由于疫情原因，接待外宾人次数量指标未达标。", List.of("接待外宾人次"), 0.6)).isTrue();
    }

    @Test
    void aSuggestionAboutExecutionDoesNotMentionVisitors() {
        String s = "建议进一步加快项目执行进程，做好项目评估，提高财政资金支出绩效。";
        assertThat(TextMatch.mentions(s, List.of("接待外宾人次"), 0.6)).isFalse();
        assertThat(TextMatch.mentions(s, List.of("预算执行", "执行进度"), 0.6)).isTrue();
    }

    @Test
    void wordingThatDiffersSlightlyStillMatches() {
        // 外宾接待人次 shares 外宾, 接待, 人次 of 接待外宾人次's five pieces: 3 of 5 = 0.6.
        assertThat(TextMatch.mentions("外宾接待人次减少", List.of("接待外宾人次"), 0.6)).isTrue();
        assertThat(TextMatch.mentions("外宾减少", List.of("接待外宾人次"), 0.6)).isFalse();
    }

    @Test
    void aLongNameIsMentionedByWhatItMeasures() {
        String problem = "部分早期建成的小型水厂消毒设备老化，水质检测合格率未达到年度指标值。";
        assertThat(TextMatch.mentions(problem, List.of("农村集中供水工程水质检测合格率"), 0.6)).isTrue();
        assertThat(TextMatch.mentions(problem, List.of("农村集中供水工程受益人口覆盖率"), 0.6)).isFalse();
        // A short name is not cut to its end: 合格率 alone names nothing.
        assertThat(TextMatch.mentions("验收合格率未达标", List.of("培训合格率"), 0.6)).isFalse();
    }
}
