package jixiao.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.render.JsonRenderer;

/**
 * {@code record.json}: what was run, on what, with which rules and options, by which versions, what it wrote and
 * how it exited; everything a replay needs to run it again the same way.
 *
 * @param format    this layout's number: a replay refuses a record of a layout it does not know
 * @param delivered the entry holding what the run printed (or wrote to {@code -o})
 * @param outputs   the entries a replay must make again byte for byte
 * @param exit      the run's exit code
 * @param reports   a batch's number of reports; null for one report
 */
public record RunDescription(int format, Versions versions, String command, boolean batch, Options options,
                             List<Input> inputs, Rules rules, List<String> outputs, String delivered, int exit,
                             Integer reports) {

    public static final String NAME = "record.json";
    public static final int FORMAT = 2;

    /** The options that decide the outputs, each as the run had it (today: the date waivers were judged on). */
    public record Options(String format, String lang, String failOn, String today, Integer threads) {
    }

    /**
     * A file or folder the run was given: {@code role} report, form, waivers or reports (a batch's file or folder);
     * {@code entry} where the record keeps it.
     */
    public record Input(String given, String role, String entry) {
    }

    /** The rule set: the folder's name (traces name files by it), its fingerprint and its files' entries. */
    public record Rules(String folder, String fingerprint, List<String> files) {
    }

    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public byte[] bytes() {
        return JsonRenderer.pretty(this).getBytes(StandardCharsets.UTF_8);
    }

    static RunDescription parse(byte[] bytes, String where) throws RecordException {
        RunDescription d;
        try {
            d = READER.readValue(bytes, RunDescription.class);
        } catch (IOException e) {
            throw new RecordException(where + ": not a run description: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (d.format() != FORMAT) {
            throw new RecordException(where + ": a record of layout " + d.format() + "; this jixiao reads layout "
                    + FORMAT);
        }
        return d;
    }
}
