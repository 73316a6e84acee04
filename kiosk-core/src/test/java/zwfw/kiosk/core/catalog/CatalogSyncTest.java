package zwfw.kiosk.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.platform.PlatformSettings;
import zwfw.kiosk.core.storage.KioskDatabase;

class CatalogSyncTest {
    /** The bundled fallback in the project's config directory (tests run from the module directory). */
    static final Path FALLBACK = Path.of("../config/catalog.json");

    @TempDir
    Path dir;

    @Test
    void firstStartWithoutNetworkUsesTheBundledCatalogWithEveryFieldType() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (KioskDatabase db = KioskDatabase.open(dir, KioskFixture.migrations());
             PlatformClient offline = new PlatformClient(PlatformSettings.of("http://127.0.0.1:" + port, "KSK-1", "x"))) {
            CatalogSync sync = new CatalogSync(db, offline, FALLBACK, Clock.systemUTC());
            CatalogSync.Result r = sync.sync();
            assertEquals(CatalogSync.Outcome.FAILED, r.outcome());
            assertEquals(CatalogSync.Source.FALLBACK, sync.source());
            Catalog c = sync.current();
            assertTrue(c.services().size() >= 12);
            Set<FieldType> types = c.services().stream().flatMap(s -> s.form().stream()).map(FormField::type)
                    .collect(Collectors.toSet());
            assertEquals(EnumSet.complementOf(EnumSet.of(FieldType.UNKNOWN)), EnumSet.copyOf(types));
            assertEquals("餐饮准营准贷一件事", c.service("YJS-0001").orElseThrow().name().zh());
        }
    }

    @Test
    void theBundledFallbackOffersTheSameServicesAsTheSimulatorsSeed() throws Exception {
        Catalog bundled = Catalog.parse(java.nio.file.Files.readAllBytes(FALLBACK));
        byte[] seed;
        try (var in = zwfw.platform.sim.PlatformSimulator.class.getResourceAsStream("catalog.json")) {
            seed = in.readAllBytes();
        }
        assertEquals(Catalog.parse(seed), bundled);
    }

    @Test
    void syncStoresTheCatalogUsesTheEtagAndKeepsTheLastGoodOneWhenOffline() {
        try (KioskFixture k = new KioskFixture(dir)) {
            CatalogSync sync = new CatalogSync(k.db, k.client, FALLBACK, Clock.systemUTC());
            assertEquals(CatalogSync.Outcome.UPDATED, sync.sync().outcome());
            assertEquals(CatalogSync.Outcome.UNCHANGED, sync.sync().outcome());
            k.sim.setServiceEnabled("GA-0002", false);
            CatalogSync.Result changed = sync.sync();
            assertEquals(CatalogSync.Outcome.UPDATED, changed.outcome());
            assertEquals(2, changed.version());
            assertTrue(sync.current().service("GA-0002").map(s -> !s.isEnabled()).orElseThrow());

            k.sim.setFaults(zwfw.platform.sim.Faults.parse("error=1"));
            CatalogSync restarted = new CatalogSync(k.db, k.client, FALLBACK, Clock.systemUTC());
            assertEquals(CatalogSync.Outcome.FAILED, restarted.sync().outcome());
            assertEquals(CatalogSync.Source.CACHE, restarted.source());
            assertEquals(2, restarted.current().version());
        }
    }
}
