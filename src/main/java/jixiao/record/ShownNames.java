package jixiao.record;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The names a check shows its input files by. A run shows them as given; a replay reads them from a private
 * folder and shows them as the recorded run was given them, so that its outputs can be the same bytes.
 */
public final class ShownNames {

    public static final ShownNames AS_GIVEN = new ShownNames(List.of());

    /** A path as read in a replay and as the recorded run was given it. */
    private record Renamed(String actual, String given) {
    }

    private final List<Renamed> renamed;

    private ShownNames(List<Renamed> renamed) {
        this.renamed = renamed;
    }

    /** Each {@code actual} path (a file or a folder) shown as its {@code given} name; the longest first. */
    public ShownNames with(Path actual, String given) {
        List<Renamed> more = new ArrayList<>(renamed);
        more.add(new Renamed(actual.toString(), given));
        more.sort(Comparator.comparingInt((Renamed r) -> r.actual().length()).reversed());
        return new ShownNames(List.copyOf(more));
    }

    public boolean asGiven() {
        return renamed.isEmpty();
    }

    /** The name of a file read, or of a file under a folder read. */
    public String of(Path file) {
        String s = file.toString();
        for (Renamed r : renamed) {
            if (s.equals(r.actual()) || s.startsWith(r.actual() + "/")) {
                return r.given() + s.substring(r.actual().length());
            }
        }
        return s;
    }

    /**
     * A line of a batch's output with every path read shown as given: as written in plain text, or inside JSON
     * strings. A batch line's messages (bad input, warnings) name files where no other hook reaches.
     */
    public String in(String text, boolean json) {
        String out = text;
        for (Renamed r : renamed) {
            out = json ? out.replace(escaped(r.actual()), escaped(r.given())) : out.replace(r.actual(), r.given());
        }
        return out;
    }

    private static String escaped(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s));
    }
}
