package jixiao.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page under load ({@code bench/run.sh page}): starts {@code bin/jixiao serve} as a process of its own, times its
 * first page, then has CLIENTS threads check the sample .docx over and over for SECONDS; prints the latencies'
 * median, 95th and 99th percentiles, the errors, and the server's heap after a full collection at the start, the
 * middle and the end of the run (read with jcmd).
 */
public final class PageLoad {

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args.length > 0 ? args[0] : "8");
        int seconds = Integer.parseInt(args.length > 1 ? args[1] : "60");
        byte[] report = Files.readAllBytes(Path.of("fixtures/leshan-2021/report.docx"));

        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("bin/jixiao", "serve", "--port", "0");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process server = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(out.readLine());
            if (!m.find()) {
                throw new IllegalStateException("the server did not say where it listens");
            }
            String base = "http://127.0.0.1:" + m.group(1);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            double startMs = (System.nanoTime() - t0) / 1e6;
            if (page.statusCode() != 200) {
                throw new IllegalStateException("the first page answered " + page.statusCode());
            }
            HttpRequest check = HttpRequest.newBuilder(URI.create(base + "/api/check?name=report.docx&lang=zh"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(report)).timeout(Duration.ofSeconds(30)).build();
            // A short warm-up, its figures left out: the JIT compiles the checking path on the first requests.
            run(http, check, clients, 5, new ArrayList<>(), new AtomicInteger());
            long heapStart = heapAfterGc(server.pid());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long[] heapMiddle = new long[1];
            Thread middle = new Thread(() -> {
                try {
                    Thread.sleep(seconds * 500L);
                    heapMiddle[0] = heapAfterGc(server.pid());
                } catch (Exception e) {
                    heapMiddle[0] = -1;
                }
            });
            middle.start();
            run(http, check, clients, seconds, latencies, errors);
            middle.join();
            long heapEnd = heapAfterGc(server.pid());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("server start to first page: %.0f ms%n", startMs);
            System.out.printf("%d clients, %d s: %d checks (%.1f a second), %d errors%n", clients, seconds,
                    sorted.size(), sorted.size() / (double) seconds, errors.get());
            System.out.printf("latency ms: p50 %.1f   p95 %.1f   p99 %.1f   max %.1f%n", pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
            System.out.printf("server heap after a full GC: start %d KB, middle %d KB, end %d KB%n", heapStart,
                    heapMiddle[0], heapEnd);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void run(HttpClient http, HttpRequest check, int clients, int seconds, List<Long> latencies,
                            AtomicInteger errors) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(check, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - s);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** The heap in use after a full collection, in KB, as jcmd reads it off the server. */
    private static long heapAfterGc(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        // Every generation's (or G1's whole heap's) "total …K, used …K"; metaspace is not heap.
        Matcher m = Pattern.compile("(?:generation|heap)\\s+total \\d+K, used (\\d+)K").matcher(info);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(1));
            found = true;
        }
        return found ? used : -1;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }
}
