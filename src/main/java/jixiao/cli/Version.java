package jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's name and version, as stamped by the build. */
public final class Version implements CommandLine.IVersionProvider {

    public static String tool() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/jixiao/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "jixiao " + p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {tool()};
    }
}
