package jixiao.load;

import java.nio.file.Path;
import java.util.List;
import jixiao.model.MessageTemplates;
import jixiao.model.Policy;

/**
 * A rules folder as loaded: DRL files, policy numbers, message wording in Chinese and English, and the
 * fingerprint that identifies exactly this set. {@code warnings} are policy numbers out of their usual range:
 * the rules still run with them (policy staff may try extreme values), and {@code rules validate} refuses them.
 */
public record RuleSet(
        Path dir,
        List<RuleSource> files,
        Policy policy,
        MessageTemplates zh,
        MessageTemplates en,
        String fingerprint,
        List<String> warnings) {

    public List<RuleSource> drl() {
        return files.stream().filter(RuleSource::isDrl).toList();
    }

    public MessageTemplates messages(String language) {
        return "en".equals(language) ? en : zh;
    }
}
