package jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jixiao.TestRules;
import jixiao.bench.Precision;
import jixiao.engine.Checker;
import jixiao.engine.Finding;
import jixiao.extract.ReportInput;
import jixiao.model.Report;
import jixiao.model.Today;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer rules' precision on generated reports: 1,000 reports, half of them planted with one defect each
 * (generate --plant 0.5), read from their JSON text and checked as the batch checks them. Each of the twenty rules
 * must fire on every report planted with its defect and on no other (clean, or planted for another rule), and each
 * must have been planted a few times. bench/run.sh precision does the same over 10,000 reports from the command line.
 */
class PlantedDefectsTest {

    private static final int REPORTS = 1000;
    private static final long SEED = 2027;
    private static final int MIN_PLANTED = 8;

    @TempDir
    Path dir;

    @Test
    void eachReviewerRuleFiresOnEveryPlantedDefectAndOnNothingElse() throws Exception {
        ReportGenerator generator = new ReportGenerator(SEED, 0.5);
        ReportInput input = new ReportInput(TestRules.DIR);
        Checker checker = new Checker(TestRules.shipped());
        ObjectMapper json = new ObjectMapper();
        Precision precision = new Precision();
        for (int i = 0; i < REPORTS; i++) {
            ReportGenerator.Generated g = generator.generate(i);
            Path file = dir.resolve(String.format("report-%06d.json", i));
            Files.writeString(file, json.writeValueAsString(g.facts()), StandardCharsets.UTF_8);
            Report report = input.read(file);
            Set<String> fired = new TreeSet<>();
            Checker.Outcome outcome = checker.check(report,
                    new Checker.Options(List.of(new Today(LocalDate.of(2026, 1, 1))), false));
            for (Finding f : outcome.findings()) {
                fired.add(f.ruleId());
            }
            precision.add(file.getFileName().toString(), g.plantedRuleId(), fired);
        }
        String table = precision.table();
        for (PlantedDefect d : PlantedDefect.values()) {
            assertThat(precision.planted(d.ruleId())).as("%s planted\n%s", d.ruleId(), table)
                    .isGreaterThanOrEqualTo(MIN_PLANTED);
            assertThat(precision.falseNegatives(d.ruleId())).as("%s missed planted defects\n%s", d.ruleId(), table)
                    .isZero();
            assertThat(precision.falsePositives(d.ruleId())).as("%s fired where not planted\n%s", d.ruleId(), table)
                    .isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameReportsAndPlantingLeavesCleanReportsAlone() {
        ReportGenerator planted = new ReportGenerator(SEED, 0.5);
        ReportGenerator again = new ReportGenerator(SEED, 0.5);
        ReportGenerator clean = new ReportGenerator(SEED);
        int plantedCount = 0;
        for (int i = 0; i < 200; i++) {
            ReportGenerator.Generated g = planted.generate(i);
            assertThat(again.generate(i)).as("report %d", i).isEqualTo(g);
            if (g.planted() == null) {
                assertThat(g.facts()).as("report %d", i).isEqualTo(clean.report(i));
            } else {
                plantedCount++;
            }
        }
        assertThat(plantedCount).isBetween(70, 130);
    }
}
