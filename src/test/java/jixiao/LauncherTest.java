package jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/jixiao as users run it: through a link, and under LANG=C with a Chinese file name. The launcher is run in a
 * copy of the project whose jar is a stub that says what it was given, so no build is needed.
 */
class LauncherTest {

    @TempDir
    Path dir;
    Path home;

    private static final String STUB = """
            public class Stub {
                public static void main(String[] a) throws Exception {
                    java.nio.file.Path p = java.nio.file.Path.of(a[a.length - 1]);
                    System.out.println("exists " + java.nio.file.Files.exists(p));
                }
            }
            """;

    @BeforeEach
    void stubProject() throws IOException {
        home = dir.resolve("project");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("src/main"));
        Files.createDirectories(home.resolve("target"));
        for (String script : List.of("jixiao", "jvm.sh")) {
            Path to = home.resolve("bin").resolve(script);
            Files.copy(Path.of("bin", script), to);
            to.toFile().setExecutable(true);
        }
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Path src = Files.writeString(dir.resolve("Stub.java"), STUB);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()))
                .isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Stub");
        Path jar = home.resolve("target/jixiao.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Stub.class"));
            out.write(Files.readAllBytes(classes.resolve("Stub.class")));
            out.closeEntry();
        }
        // Newer than the sources: the launcher does not build.
        FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
        Files.setLastModifiedTime(jar, later);
    }

    private Run launch(Path launcher, String locale, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JIXIAO_JAVA_OPTS");
        if (locale != null) {
            pb.environment().put("LC_ALL", locale);
            pb.environment().put("LANG", locale);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private record Run(int code, String out) {
    }

    @Test
    void runThroughALinkItFindsItsProject() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("jixiao-link"), home.resolve("bin/jixiao"));
        Path report = Files.writeString(dir.resolve("r.json"), "{}");
        Run run = launch(link, null, "check", report.toString());
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("exists true");
    }

    @Test
    void underTheCLocaleAChineseFileNameIsAFile() throws Exception {
        Path report = Files.writeString(dir.resolve("乐山报告.json"), "{}");
        Run run = launch(home.resolve("bin/jixiao"), "C", "check", report.toString());
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("exists true").doesNotContain("InvalidPath");
    }
}
