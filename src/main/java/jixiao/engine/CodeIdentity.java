package jixiao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of jixiao's own compiled classes (those under {@code jixiao/}), read from the jar or the classes folder
 * they run from: the facts and helpers compiled rules are bound to. Compiled rules made for other classes are
 * never used.
 */
final class CodeIdentity {

    private static String value;

    private CodeIdentity() {
    }

    static synchronized String get() {
        if (value == null) {
            value = compute();
        }
        return value;
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(code)) {
                try (JarFile jar = new JarFile(code.toFile())) {
                    List<JarEntry> entries = jar.stream().filter(CodeIdentity::isOwnClass)
                            .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                    for (JarEntry e : entries) {
                        sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.walk(code.resolve("jixiao"))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        sha.update(code.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Unknown code: a value no build shares, so nothing compiled elsewhere is ever loaded.
            return "unknown-" + System.nanoTime();
        }
    }

    private static boolean isOwnClass(JarEntry e) {
        return e.getName().startsWith("jixiao/") && e.getName().endsWith(".class");
    }
}
