package jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jixiao.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every entry of a signed record is checked: one byte changed in any entry, through the zip or in its stored
 * (compressed) bytes, is refused with exit 2 and the entry named; a signature from another key, or none, likewise.
 */
class TamperTest {

    @TempDir
    static Path tmp;
    static Path record;
    static Path keys;

    @BeforeAll
    static void signedRecord() throws Exception {
        keys = tmp.resolve("keys");
        assertThat(Cli.run("keys", "new", "--out", keys.toString()).code()).isZero();
        Path waivers = tmp.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers:\n  - {rule: IND-OVERACHIEVED, reason: 统一部署, approvedBy: 张三, until: 2027-06-30}\n");
        record = tmp.resolve("record.zip");
        Cli made = Cli.run("check", "fixtures/leshan-2021/report.md", "--waivers", waivers.toString(),
                "--format", "sarif", "--record", record.toString(), "--sign", key("key"));
        assertThat(made.code()).as(made.err()).isIn(0, 1);
        Cli replay = Cli.run("replay", record.toString(), "--key", key("pub"));
        assertThat(replay.code()).as("the untouched record replays: " + replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("signature verified with");
    }

    private static String key(String kind) {
        return keys.resolve(kind.equals("key") ? SigningKeys.PRIVATE_FILE : SigningKeys.PUBLIC_FILE).toString();
    }

    @TestFactory
    Stream<DynamicTest> oneByteChangedInAnyEntryIsRefusedNamingIt() throws Exception {
        List<String> entries = Records.entries(record);
        assertThat(entries).contains("record.json", "manifest.sha256", "manifest.sha256.sig", "output/facts.json",
                "rules/policy.yaml").anyMatch(e -> e.startsWith("input/"));
        return entries.stream().flatMap(entry -> Stream.of(
                DynamicTest.dynamicTest(entry + ", its content", () -> {
                    Path changed = tmp.resolve("content.zip");
                    Records.rewrite(record, changed, entry, Records::oneByteChanged, false);
                    refused(changed, entry);
                }),
                DynamicTest.dynamicTest(entry + ", its stored bytes", () -> {
                    Path changed = tmp.resolve("stored.zip");
                    Records.flipStoredByte(record, changed, entry);
                    refused(changed, entry);
                })));
    }

    /**
     * Exit 2, nothing replayed, one line naming the record and the entry; for an entry the manifest lists, also
     * without the key (the manifest alone catches it).
     */
    private static void refused(Path changed, String entry) {
        refused(changed, entry, Cli.run("replay", changed.toString(), "--key", key("pub")));
        if (!entry.equals(Manifest.NAME) && !entry.equals(RecordWriter.SIGNATURE)) {
            refused(changed, entry, Cli.run("replay", changed.toString()));
        }
    }

    private static void refused(Path changed, String entry, Cli replay) {
        assertThat(replay.code()).as(replay.out() + replay.err()).isEqualTo(2);
        assertThat(replay.out()).isEmpty();
        assertThat(replay.err().strip()).doesNotContain("\n").startsWith(changed + ": ")
                .containsPattern(entry.equals(Manifest.NAME) || entry.equals(RecordWriter.SIGNATURE)
                        ? "entry manifest\\.sha256( |:)" : "entry " + java.util.regex.Pattern.quote(entry) + " ");
    }

    @Test
    void anotherKeyOrNoSignatureIsRefused() throws Exception {
        Path other = tmp.resolve("other");
        Cli.run("keys", "new", "--out", other.toString());
        Cli wrongKey = Cli.run("replay", record.toString(), "--key", other.resolve(SigningKeys.PUBLIC_FILE).toString());
        assertThat(wrongKey.code()).isEqualTo(2);
        assertThat(wrongKey.err()).contains("entry manifest.sha256 is not signed by " + other.resolve(SigningKeys.PUBLIC_FILE));

        Path unsigned = tmp.resolve("unsigned.zip");
        Cli.run("check", "fixtures/leshan-2021/report.json", "--record", unsigned.toString());
        Cli noSignature = Cli.run("replay", unsigned.toString(), "--key", key("pub"));
        assertThat(noSignature.code()).isEqualTo(2);
        assertThat(noSignature.err()).contains("not signed (no manifest.sha256.sig)");
        assertThat(Cli.run("replay", unsigned.toString()).out()).contains("not signed");
    }

    @Test
    void aRecordSignedIsSaidToBeSoWithoutTheKey() {
        Cli replay = Cli.run("replay", record.toString());
        assertThat(replay.code()).isZero();
        assertThat(replay.out()).contains("signed (give --key to verify the signature)");
    }
}
