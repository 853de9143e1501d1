package jixiao.record;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jixiao.load.RuleSet;
import jixiao.load.RuleSource;

/**
 * The rule set a check used, as a record keeps it: every file its fingerprint covers (DRL, policy, extraction words,
 * messages), byte for byte, under {@code rules/}.
 */
record RecordedRules(RunDescription.Rules description, Map<String, byte[]> entries) {

    static final String FOLDER = "rules/";

    static RecordedRules of(RuleSet set) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (RuleSource f : set.files()) {
            entries.put(FOLDER + f.name(), Files.readAllBytes(f.path()));
            names.add(FOLDER + f.name());
        }
        java.nio.file.Path folder = set.dir().toAbsolutePath().normalize().getFileName();
        return new RecordedRules(new RunDescription.Rules(folder == null ? "rules" : folder.toString(),
                set.fingerprint(), names), entries);
    }
}
