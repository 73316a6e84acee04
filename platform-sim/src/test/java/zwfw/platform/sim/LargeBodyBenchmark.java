package zwfw.platform.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The attack, measured: N concurrent signed requests of a 10 MB JSON body (49,000 texts of 200 characters
 * and an unknown QR token, so each is read, parsed in full and answered 404) against a simulator with the default large-body budget. Prints the answers by status,
 * the peak reserved budget and the peak heap of this JVM (client and simulator together). Not a test: run with
 * {@code java -Xmx512m -cp … zwfw.platform.sim.LargeBodyBenchmark [N]}; with a second argument, the base URL of a
 * simulator started apart ({@code bin/platform-sim --kiosk KSK-330304-0001:s3cret-for-tests}), it is only the client,
 * so the simulator's own heap can be watched (jstat -gc PID).
 */
public final class LargeBodyBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("large-body-bench");
        // 10 MB of well-formed JSON that passes every limit: 49,000 texts of 200 characters, parsed into a tree in full
        StringBuilder pad = new StringBuilder("{\"token\":\"unknown-token-0123456789\",\"pad\":[");
        String text = "\"" + "a".repeat(200) + "\"";
        for (int i = 0; i < 49_000; i++) {
            pad.append(i == 0 ? "" : ",").append(text);
        }
        byte[] body = pad.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        if (args.length > 1) {
            System.out.println(attack(new SignedHttp(args[1], PlatformContractTest.KIOSK, PlatformContractTest.SECRET), n, body));
            return;
        }
        try (PlatformSimulator sim = PlatformSimulator.start(SimOptions.of(0, dir, PlatformContractTest.KIOSK, PlatformContractTest.SECRET))) {
            SignedHttp http = new SignedHttp(sim.url(), PlatformContractTest.KIOSK, PlatformContractTest.SECRET);
            LargeBodyBudgetTest.HeapSampler heap = LargeBodyBudgetTest.HeapSampler.start();
            long started = System.nanoTime();
            String result = attack(http, n, body);
            long peakHeap = heap.stop();
            int[] budget = sim.largeBodyPeakAndBudgetMiB();
            System.out.printf("%s; peak reserved %d of %d MiB; peak heap %d MiB (max %d MiB)%n",
                    result, budget[0], budget[1], peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            // bin/bench reads these lines (figure | value | unit | target): the budget holds the heap under the JVM's limit
            System.out.printf(java.util.Locale.ROOT, "figure: %d concurrent 10 MB bodies, peak heap (client and simulator) | %d | MiB | < %d%n",
                    n, peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(java.util.Locale.ROOT, "figure: %d concurrent 10 MB bodies, all answered | %.2f | s | -%n",
                    n, (System.nanoTime() - started) / 1e9);
        }
    }

    static String attack(SignedHttp http, int n, byte[] body) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(Math.min(n, 200));
        Map<String, Integer> byStatus = new TreeMap<>();
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sent.add(clients.submit(() -> {
                    // raw sockets: the JDK HttpClient buffers too much to send 200 of these from one client JVM
                    try (RawHttp raw = new RawHttp(http.base)) {
                        RawHttp.Reply r = raw.send(BoundedRequestTest.signedHead("POST", "/api/v1/identity/qr-token",
                                http.kioskId, System.currentTimeMillis(), body, "Content-Length: " + body.length), body).reply();
                        return r.closedWithoutAnswer() ? "closed without answer" : r.status() + " " + r.code();
                    } catch (Exception | AssertionError e) {
                        return "connection error: " + e.getClass().getSimpleName();
                    }
                }));
            }
            for (Future<String> f : sent) {
                byStatus.merge(f.get(), 1, Integer::sum);
            }
        } finally {
            clients.shutdownNow();
        }
        return String.format("%d requests of %.1f MB at once: %s in %d ms", n, body.length / 1e6, byStatus,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
