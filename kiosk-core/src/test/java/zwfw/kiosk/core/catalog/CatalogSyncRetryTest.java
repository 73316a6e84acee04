package zwfw.kiosk.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.PlatformError;
import zwfw.platform.sim.Faults;

/** {@code catalog sync} retries what the contract calls transient, within its timeout. */
class CatalogSyncRetryTest {
    @TempDir
    Path dir;

    private static Backoff quick() {
        return new Backoff(Duration.ofMillis(10), Duration.ofMillis(80), new Random(3));
    }

    @Test
    void syncSucceedsAgainstAPlatformFailingHalfItsRequests() {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("error=0.5,seed=5"));
            CatalogSync sync = new CatalogSync(k.db, k.client, CatalogSyncTest.FALLBACK, Clock.systemUTC());
            var log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(CatalogSync.class);
            var retries = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
            retries.start();
            log.addAppender(retries);
            try {
                for (int i = 0; i < 12; i++) {
                    CatalogSync.Result r = sync.syncWithin(Duration.ofSeconds(10), quick());
                    assertTrue(r.outcome() != CatalogSync.Outcome.FAILED, "run " + i + ": " + r.error());
                    assertEquals(CatalogSync.Source.PLATFORM, r.source());
                }
            } finally {
                log.detachAppender(retries);
            }
            assertTrue(retries.list.stream().filter(e -> e.getFormattedMessage().contains("503 UNAVAILABLE (try")).count() >= 3,
                    "half the requests failed and were retried");
        }
    }

    @Test
    void rateLimitingIsRetriedAfterItsRetryAfter() {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("429=0.5,retryAfter=0,seed=2"));
            CatalogSync sync = new CatalogSync(k.db, k.client, CatalogSyncTest.FALLBACK, Clock.systemUTC());
            var log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(CatalogSync.class);
            var retries = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
            retries.start();
            log.addAppender(retries);
            try {
                for (int i = 0; i < 6; i++) {
                    assertEquals(CatalogSync.Source.PLATFORM, sync.syncWithin(Duration.ofSeconds(10), quick()).source());
                }
            } finally {
                log.detachAppender(retries);
            }
            assertTrue(retries.list.stream().anyMatch(e -> e.getFormattedMessage().contains("429 RATE_LIMITED (try")));
        }
    }

    @Test
    void aPlatformThatStaysDownFailsOnceTheTimeoutHasPassedKeepingTheCatalogInUse() {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("error=1"));
            CatalogSync sync = new CatalogSync(k.db, k.client, CatalogSyncTest.FALLBACK, Clock.systemUTC());
            long started = System.nanoTime();
            CatalogSync.Result r = sync.syncWithin(Duration.ofSeconds(1), quick());
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(CatalogSync.Outcome.FAILED, r.outcome());
            assertEquals(PlatformError.Kind.SERVER, r.error().kind());
            assertEquals(CatalogSync.Source.FALLBACK, sync.source());
            assertTrue(tookMs < 1_000 + 5_000, "gave up after " + tookMs + " ms"); // behaviour, not speed: it does stop
            assertTrue(k.sim.cases().isEmpty());
        }
    }

    @Test
    void aRefusalIsNotRetriedAndATimeoutMustBePositive() {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("disabled"));
            CatalogSync sync = new CatalogSync(k.db, k.client, CatalogSyncTest.FALLBACK, Clock.systemUTC());
            CatalogSync.Result r = sync.syncWithin(Duration.ofSeconds(30), quick());
            assertEquals(CatalogSync.Outcome.FAILED, r.outcome());
            assertEquals(403, r.error().status());
            assertThrows(IllegalArgumentException.class, () -> sync.syncWithin(Duration.ZERO, quick()));
            assertThrows(IllegalArgumentException.class, () -> sync.syncWithin(Duration.ofSeconds(-1), quick()));
        }
    }
}
