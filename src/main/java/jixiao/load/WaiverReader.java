package jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jixiao.model.Waiver;

/** Reads a waivers file (YAML or JSON), every problem named by its JSON pointer. */
public final class WaiverReader {

    public List<Waiver> read(Path file) throws BadInputException {
        return read(file, DocumentParser.parse(file));
    }

    /** Maps an already parsed document, {@code {waivers: [...]}}; {@code file} names it in messages. */
    public List<Waiver> read(Path file, JsonNode root) throws BadInputException {
        List<String> problems = new ArrayList<>(new SchemaCheck(SchemaCheck.WAIVERS).problems(file, root));
        List<Waiver> out = new ArrayList<>();
        JsonNode items = root.path("waivers");
        for (int i = 0; problems.isEmpty() && i < items.size(); i++) {
            JsonNode w = items.get(i);
            try {
                out.add(new Waiver(file.toString(), i, w.path("rule").asText(), w.path("subject").asText(null),
                        w.path("reason").asText(), w.path("approvedBy").asText(),
                        LocalDate.parse(w.path("until").asText())));
            } catch (DateTimeParseException e) {
                problems.add(file + "#/waivers/" + i + "/until: not a date: " + w.path("until").asText());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return List.copyOf(out);
    }
}
