package jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jixiao.TestRules;
import jixiao.load.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's record in parts: every file in exactly one part, in the order given, byte for byte, whatever falls on a
 * part's or a chunk's edge; the output whole; nothing left beside the record.
 */
class BatchRecordPartsTest {

    @TempDir
    Path dir;

    @Test
    void filesAcrossPartsAndChunksComeBackAsGiven() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            // Sizes around a chunk's: a file may start in one chunk and end two chunks later.
            int size = i == 4 ? Chunks.SIZE * 2 + 7 : i == 7 ? Chunks.SIZE - 3 : 1000 * i + 1;
            byte[] bytes = new byte[size];
            for (int k = 0; k < size; k++) {
                bytes[k] = (byte) (k * 31 + i);
            }
            files.put("reports/r" + i + ".json", bytes);
        }
        StringBuilder lines = new StringBuilder();
        Path record = dir.resolve("batch.zip");
        Path spool = Files.createDirectory(dir.resolve("spool"));
        try (OutputStream out = Files.newOutputStream(record); BatchRecord batch = new BatchRecord(out,
                () -> Files.createTempFile(spool, ".part", ".zst"), 4)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                batch.input(f.getKey(), f.getValue(), true);
                String line = "{\"file\":\"" + f.getKey() + "\",\"总分\":" + f.getValue().length + "}\n";
                lines.append(line);
                batch.output(line.getBytes(StandardCharsets.UTF_8));
            }
            batch.finish(new RuleSetLoader().load(TestRules.DIR), "test",
                    new RunDescription.Options("jsonl", "zh", "error", "2026-01-01", null), "results.jsonl", 0, null);
        }
        assertThat(spool).isEmptyDirectory();
        Map<String, byte[]> kept = new LinkedHashMap<>();
        try (RecordFile opened = RecordFile.open(record, null)) {
            assertThat(opened.names()).contains("input.00001.zip.zst", "input.00002.zip.zst", "input.00003.zip.zst")
                    .doesNotContain("input.00004.zip.zst");
            assertThat(opened.description().reports()).isEqualTo(11);
            List<Integer> perPart = new ArrayList<>();
            for (int part = 1; part <= 3; part++) {
                int n = 0;
                try (ZipInputStream zip = new ZipInputStream(BatchRecord.partContent(
                        opened.stream(String.format("input.%05d.zip.zst", part))))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; n++) {
                        assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                        kept.put(e.getName(), zip.readAllBytes());
                    }
                }
                perPart.add(n);
            }
            assertThat(perPart).containsExactly(4, 4, 3);
            try (InputStream output = Zstandard.decompressing(opened.stream("output/results.jsonl.zst"))) {
                assertThat(new String(output.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(lines.toString());
            }
        }
        assertThat(kept.keySet()).containsExactlyElementsOf(files.keySet().stream().map(InputNames::entry).toList());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(kept.get(InputNames.entry(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
    }
}
