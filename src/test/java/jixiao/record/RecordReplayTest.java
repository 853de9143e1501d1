package jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import jixiao.ChildJvm;
import jixiao.Cli;
import jixiao.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record replays byte for byte from itself alone: with its own rules where the rules in force differ, with its own
 * options and date, for every kind of report; and two records of one check are the same bytes.
 */
class RecordReplayTest {

    @TempDir
    Path tmp;

    static Stream<List<String>> checks() {
        return Stream.of(
                List.of("fixtures/leshan-2021/report.json"),
                List.of("fixtures/leshan-2021/report.md", "--format", "json"),
                List.of("fixtures/leshan-2021/report.docx", "--format", "sarif"),
                List.of("fixtures/leshan-2021/report.pdf", "--format", "markdown", "--lang", "en"),
                List.of("fixtures/documents/split/report.md", "--form", "fixtures/documents/split/自评表.xlsx",
                        "--fail-on", "warning"));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void everyKindOfCheckReplaysByteForByte(List<String> check) throws Exception {
        Path record = tmp.resolve("record.zip");
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(check);
        args.addAll(List.of("--record", record.toString()));
        Cli made = Cli.run(args.toArray(String[]::new));
        assertThat(made.code()).as(made.err()).isIn(0, 1);
        try (ZipFile zip = new ZipFile(record.toFile()); RecordFile opened = RecordFile.open(record, null)) {
            String delivered = opened.description().delivered();
            assertThat(new String(zip.getInputStream(zip.getEntry(delivered)).readAllBytes(), StandardCharsets.UTF_8))
                    .as("the record holds what the check printed").isEqualTo(made.out());
        }
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("replayed: every output byte for byte the same")
                .contains("exit code                    the same (" + made.code() + ")");
    }

    /**
     * The rules of a later commit differ (a policy number and a message's words): a check there says otherwise, and
     * the record, replayed there in a JVM of its own whose jixiao home and working folder are that clone, replays
     * byte for byte, by the rules it holds.
     */
    @Test
    void aRecordReplaysWithItsOwnRulesInACloneWhoseRulesDiffer() throws Exception {
        Path record = tmp.resolve("record.zip");
        Cli made = Cli.run("check", "fixtures/leshan-2021/report.json", "--record", record.toString(),
                "--format", "json");
        assertThat(made.code()).as(made.err()).isIn(0, 1);

        Path clone = tmp.resolve("clone");
        FileTree.copy(Path.of("rules"), clone.resolve("rules"));
        FileTree.copy(Path.of("fixtures/leshan-2021"), clone.resolve("fixtures/leshan-2021"));
        Path policy = clone.resolve("rules/policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("ratio: 1.3", "ratio: 1.05"));
        Path messages = clone.resolve("rules/messages.zh.yaml");
        Files.writeString(messages, Files.readString(messages).replace("未完成年度指标", "没有完成年度指标"));

        Process later = inClone(clone, "check", "fixtures/leshan-2021/report.json", "--format", "json").start();
        String laterOut = new String(later.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        later.waitFor();
        assertThat(laterOut).as("the clone's rules give other findings").isNotEqualTo(made.out())
                .contains("没有完成年度指标");

        Process p = inClone(clone, "replay", record.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("output/result.json           the same")
                .contains("replayed: every output byte for byte the same");
    }

    /** The date waivers were judged on is the record's: a waiver expired on it stays expired in a replay. */
    @Test
    void theRecordedDateAndWaiversAreForced() throws IOException {
        Path waivers = tmp.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: IND-OVERACHIEVED, reason: 统一部署, approvedBy: 张三, until: 2027-06-30}\n");
        Path record = tmp.resolve("record.zip");
        Cli made = Cli.run("check", "fixtures/leshan-2021/report.json", "--waivers", waivers.toString(),
                "--today", "2027-07-01", "--format", "json", "--record", record.toString());
        assertThat(made.out()).contains("WAIVER-EXPIRED");
        Files.delete(waivers); // the record holds it
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("today 2027-07-01");
    }

    @Test
    void twoRecordsOfOneCheckAreTheSameBytes() throws IOException {
        Path a = tmp.resolve("a.zip");
        Path b = tmp.resolve("b.zip");
        for (Path p : List.of(a, b)) {
            Cli.run("check", "fixtures/leshan-2021/report.docx", "--today", "2026-01-01", "--record", p.toString());
        }
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    /** An output edited after the fact, the manifest rewritten to match: the replay shows the difference, exit 1. */
    @Test
    void anEditedOutputIsShownAsADifference() throws IOException {
        Path record = tmp.resolve("record.zip");
        Cli.run("check", "fixtures/leshan-2021/report.json", "--format", "json", "--record", record.toString());
        Path edited = tmp.resolve("edited.zip");
        Records.rewrite(record, edited, "output/result.json",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace("\"grade\": \"优\"", "\"grade\": \"良\"")
                        .getBytes(StandardCharsets.UTF_8), true);
        Cli replay = Cli.run("replay", edited.toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isEqualTo(1);
        assertThat(replay.out()).containsPattern("output/result.json +DIFFERENT from line \\d+:")
                .contains("recorded: ").contains("\"grade\": \"良\"")
                .contains("replayed: ").contains("\"grade\": \"优\"")
                .contains("replayed: 1 of 3 differ");
    }

    /** jixiao run in the clone: its working folder and its jixiao home, whose rules/ are the clone's. */
    private static ProcessBuilder inClone(Path clone, String... args) {
        ProcessBuilder jixiao = ChildJvm.jixiao(args).directory(clone.toFile());
        List<String> command = jixiao.command();
        command.set(command.indexOf("-Djixiao.home=" + Path.of("").toAbsolutePath()), "-Djixiao.home=" + clone);
        return jixiao;
    }
}
