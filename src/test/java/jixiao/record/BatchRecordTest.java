package jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.Cli;
import jixiao.generate.ReportGenerator;
import jixiao.generate.ReportMarkdown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One record for a batch: the reports as given in input.00001.zip.zst, the output compressed, the rules and versions
 * once; it replays byte for byte (bad input lines, which name their files, included), and a changed entry is refused.
 */
class BatchRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path reports;
    Path waivers;

    @BeforeEach
    void generate() throws IOException {
        reports = dir.resolve("报告 2026");
        Files.createDirectories(reports.resolve("sub"));
        ReportGenerator generator = new ReportGenerator(5);
        for (int i = 0; i < 12; i++) {
            JsonNode facts = generator.report(i);
            Path folder = i < 6 ? reports : reports.resolve("sub");
            if (i % 4 == 3) {
                Files.writeString(folder.resolve(String.format("r%02d.md", i)), ReportMarkdown.render(facts));
            } else {
                Files.writeString(folder.resolve(String.format("r%02d.json", i)), JSON.writeValueAsString(facts));
            }
        }
        Files.writeString(reports.resolve("broken.json"), "{\"report\": ");
        waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: SCORE-STATED-TOTAL, reason: 口径不同, approvedBy: 张三, until: 2027-06-30}\n");
    }

    private Cli record(Path record, String format) {
        return Cli.run("check", reports.toString(), "fixtures/leshan-2021/report.json", "--format", format,
                "--waivers", waivers.toString(), "--today", "2026-06-01", "--threads", "2", "--record", record.toString());
    }

    @Test
    void aBatchRecordHoldsEachReportOnceAndReplaysByteForByte() throws Exception {
        Path record = dir.resolve("batch.zip");
        Cli made = record(record, "jsonl");
        assertThat(made.code()).as(made.err()).isEqualTo(2); // broken.json
        assertThat(made.out()).contains(reports.resolve("broken.json") + ":");
        try (RecordFile opened = RecordFile.open(record, null)) {
            RunDescription run = opened.description();
            assertThat(run.batch()).isTrue();
            assertThat(run.reports()).isEqualTo(14);
            assertThat(opened.names()).containsExactly("input.00001.zip.zst", "output/facts.jsonl.zst", "output/results.jsonl.zst",
                    "record.json",
                    "rules/basis.drl", "rules/budget.drl", "rules/consistency.drl", "rules/derive.drl",
                    "rules/extraction.drl", "rules/extraction.yaml", "rules/funding.drl", "rules/indicators.drl",
                    "rules/messages.en.yaml", "rules/messages.zh.yaml", "rules/near-misses.drl", "rules/policy.yaml",
                    "rules/report.drl", "rules/satisfaction.drl", "rules/score.drl", "rules/waivers.drl");
            List<String> inputs = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(
                    Zstandard.decompressing(opened.stream("input.00001.zip.zst")))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    inputs.add(e.getName());
                    assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                }
            }
            assertThat(inputs).hasSize(15).contains(InputNames.entry(waivers.toString()),
                    InputNames.entry(reports.resolve("sub/r09.json").toString()),
                    "input/fixtures/leshan-2021/report.json");
            try (InputStream zst = Zstandard.decompressing(opened.stream("output/results.jsonl.zst"))) {
                assertThat(new String(zst.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(made.out());
            }
            // The facts of the three Markdown reports, as extract gives them, named as given; JSON reports are their
            // own facts, and broken.json was never read into any.
            List<String> facts;
            try (InputStream zst = Zstandard.decompressing(opened.stream("output/facts.jsonl.zst"))) {
                facts = new String(zst.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            assertThat(facts).hasSize(3);
            for (int i = 0; i < 3; i++) {
                Path md = (i == 0 ? reports : reports.resolve("sub")).resolve(String.format("r%02d.md", 3 + 4 * i));
                JsonNode line = JSON.readTree(facts.get(i));
                JsonNode alone = JSON.readTree(Cli.run("extract", md.toString()).out());
                assertThat(line).isEqualTo(alone);
                assertThat(line.at("/extraction/file").asText()).isEqualTo(md.toString());
            }
        }
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("batch of 14 reports").contains("output/results.jsonl.zst     the same")
                .contains("output/facts.jsonl.zst       the same")
                .contains("exit code                    the same (2)");
    }

    @Test
    void aTextBatchReplaysToo() {
        Path record = dir.resolve("batch.zip");
        record(record, "text");
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("output/results.txt.zst       the same");
    }

    @Test
    void aReportRefusedUnreadIsKeptAsGivenAndItsRefusalReplays() throws Exception {
        Path huge = reports.resolve("huge.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(17L << 20); // over the 16 MB a report may be: refused by its size, never read
        }
        Path record = dir.resolve("batch.zip");
        Cli made = record(record, "jsonl");
        assertThat(made.out()).contains(huge + ": 17.0 MB is larger than the 16.0 MB a report may be");
        try (RecordFile opened = RecordFile.open(record, null);
             ZipInputStream zip = new ZipInputStream(Zstandard.decompressing(opened.stream("input.00001.zip.zst")))) {
            long size = -1;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(InputNames.entry(huge.toString()))) {
                    size = zip.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            assertThat(size).isEqualTo(17L << 20);
        }
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
    }

    @Test
    void twoRecordsOfOneBatchAreTheSameBytes() throws IOException {
        Path a = dir.resolve("a.zip");
        Path b = dir.resolve("b.zip");
        record(a, "jsonl");
        record(b, "jsonl");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @TestFactory
    Stream<DynamicTest> oneByteChangedInAnyEntryIsRefusedNamingIt() throws IOException {
        Path record = dir.resolve("batch.zip");
        record(record, "jsonl");
        byte[] original = Files.readAllBytes(record);
        return Records.entries(record).stream().filter(e -> !e.equals(Manifest.NAME))
                .map(entry -> DynamicTest.dynamicTest(entry, () -> {
                    Path source = dir.resolve("original.zip");
                    Files.write(source, original);
                    Path changed = dir.resolve("changed.zip");
                    Records.rewrite(source, changed, entry, Records::oneByteChanged, false);
                    Cli replay = Cli.run("replay", changed.toString());
                    assertThat(replay.code()).isEqualTo(2);
                    assertThat(replay.err()).contains(": entry " + entry + " ");
                }));
    }

    @Test
    void aRecordIsNeverWrittenOverAnInputOrTheOutput() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "");
        Cli overOutput = Cli.run("check", reports.toString(), "--format", "jsonl", "-o", out.toString(),
                "--record", out.toString());
        assertThat(overOutput.code()).isEqualTo(2);
        assertThat(overOutput.err()).contains("--record " + out + " would overwrite " + out);
        Cli overWaivers = Cli.run("check", reports.toString(), "--waivers", waivers.toString(),
                "--record", waivers.toString());
        assertThat(overWaivers.code()).isEqualTo(2);
        assertThat(Files.readString(waivers)).startsWith("waivers:");
        Cli signAlone = Cli.run("check", reports.toString(), "--sign", waivers.toString());
        assertThat(signAlone.code()).isEqualTo(2);
        assertThat(signAlone.err()).contains("--sign goes with --record");
    }
}
