package zwfw.platform.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many large but legal bodies at once: the simulator reads and processes at most its budget's worth of them at a
 * time (the others wait, or get 503 with Retry-After after waiting), so its memory stays bounded. The heap figure is
 * printed, not asserted.
 */
class LargeBodyBudgetTest {
    static final int BUDGET_MIB = 5;
    static final int CLIENTS = 12;

    @TempDir
    Path dir;
    PlatformSimulator sim;
    SignedHttp http;

    @BeforeEach
    void start() {
        sim = PlatformSimulator.start(SimOptions.of(0, dir, PlatformContractTest.KIOSK, PlatformContractTest.SECRET)
                .withLargeBodyBudgetMiB(BUDGET_MIB));
        http = new SignedHttp(sim.url(), PlatformContractTest.KIOSK, PlatformContractTest.SECRET);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A case with one 1.25 MiB attachment: a body of about 1.7 MiB, which reserves 2 MiB. */
    static byte[] bigCase(Random r) throws Exception {
        byte[] scan = new byte[5 << 18];
        r.nextBytes(scan);
        ObjectNode c = PlatformContractTest.caseBody(UUID.randomUUID().toString(), "RS-0001");
        c.withArray("attachments").addObject().put("name", "scan-1.png").put("contentType", "image/png")
                .put("sha256", RequestAuthenticator.sha256Hex(scan)).put("dataBase64", Base64.getEncoder().encodeToString(scan));
        return SignedHttp.JSON.writeValueAsBytes(c);
    }

    @Test
    void concurrentLargeBodiesAreReadNoMoreThanTheBudgetAtATime() throws Exception {
        Random r = new Random(12);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            bodies.add(bigCase(r));
        }
        HeapSampler heap = HeapSampler.start();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<SignedHttp.Answer> answers = new ArrayList<>();
        try {
            List<Future<SignedHttp.Answer>> sent = new ArrayList<>();
            for (byte[] b : bodies) {
                sent.add(clients.submit(() -> http.post("/api/v1/cases", b)));
            }
            for (Future<SignedHttp.Answer> f : sent) {
                answers.add(f.get());
            }
        } finally {
            clients.shutdownNow();
        }
        long peakHeap = heap.stop();
        int accepted = 0;
        for (SignedHttp.Answer a : answers) {
            if (a.status() == 201) {
                accepted++;
            } else {
                assertEquals(503, a.status(), "a large body is accepted or answered 503, never dropped");
                assertEquals("UNAVAILABLE", a.code());
                assertTrue(a.raw().headers().firstValue("Retry-After").isPresent());
            }
        }
        int[] peak = sim.largeBodyPeakAndBudgetMiB();
        System.out.printf("large-body budget: %d bodies of %.1f MiB sent at once, %d accepted, peak reserved %d of %d MiB,"
                        + " peak heap of the test JVM (client and simulator) %d MiB%n", CLIENTS, bodies.get(0).length / 1048576.0,
                accepted, peak[0], peak[1], peakHeap >> 20);
        assertTrue(peak[0] <= BUDGET_MIB, "peak " + peak[0] + " MiB over the budget");
        assertTrue(peak[0] >= 2, "large bodies did reserve room");
        assertTrue(accepted >= 1);
        assertEquals(accepted, sim.cases().size());
        assertEquals(200, http.get("/api/v1/catalog", Map.of()).status());
    }

    /** Samples the used heap every 5 ms on a daemon thread; {@link #stop()} gives the highest figure. */
    static final class HeapSampler {
        private volatile boolean running = true;
        private volatile long peak;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (s.running) {
                    s.peak = Math.max(s.peak, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
