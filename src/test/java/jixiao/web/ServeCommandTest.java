package jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.Cli;
import jixiao.ChildJvm;
import org.junit.jupiter.api.Test;

/** {@code jixiao serve} as a process: where it listens, the warning an open address gets, and how it stops. */
class ServeCommandTest {

    @Test
    void openingThePageToTheNetworkIsWarnedOfAndAStoppedServerLeavesNothing() throws Exception {
        java.nio.file.Path errFile = java.nio.file.Files.createTempFile("jixiao-serve", ".err");
        long folders = serveFolders();
        Process p = ChildJvm.jixiao("serve", "--host", "0.0.0.0", "--port", "0")
                .redirectError(errFile.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("^jixiao serves http://127\\.0\\.0\\.1:(\\d+)/ · rules sha256:[0-9a-f]{64} ").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + m.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            p.destroy(); // SIGTERM: the server stops and its private folder goes
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String err = java.nio.file.Files.readString(errFile);
            assertThat(serveFolders()).isEqualTo(folders);
            assertThat(err).startsWith("warning: --host 0.0.0.0 opens the page to every machine that reaches this one")
                    .doesNotContain("Exception");
        } finally {
            p.destroyForcibly();
        }
    }

    private static long serveFolders() throws java.io.IOException {
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(f -> f.getFileName().toString().startsWith("jixiao-serve-")).count();
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli port = Cli.run("serve", "--port", "70000");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err().strip()).isEqualTo("jixiao serve: --port must be between 0 and 65535, not 70000");
        Cli host = Cli.run("serve", "--host", "no-such-host.invalid");
        assertThat(host.code()).isEqualTo(2);
        assertThat(host.err().strip()).isEqualTo("jixiao serve: --host no-such-host.invalid is no address of this machine");
    }
}
