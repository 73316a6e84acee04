package zwfw.kiosk.core.devicehealth;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReaderFactory;

/** Counters fed by a real (simulated) reader's events; the paper roll kept in SQLite across a restart. */
class DeviceCountersTest {
    @TempDir
    Path dir;

    @Test
    void readsReconnectsAndErrorsComeFromTheDevicesEvents() throws Exception {
        DeviceCounters counters = new DeviceCounters(Clock.systemUTC(), null);
        try (SimulatedIdCardReader reader = (SimulatedIdCardReader) new SimulatedIdCardReaderFactory()
                .create(new DeviceConfig("idcard", DeviceKind.ID_CARD_READER, "simulated", Map.of("readDelayMs", 0L)))) {
            counters.watch(reader);
            reader.open();
            reader.enable();
            reader.place(SampleCards.resident());
            await().atMost(Duration.ofSeconds(5)).until(() -> counters.snapshot("idcard").reads() == 1);
            reader.unplug();
            reader.plugBack();
            await().atMost(Duration.ofSeconds(5)).until(() -> counters.snapshot("idcard").reconnects() == 1);
        }
        counters.failed("idcard", "SAM_FAULT: card 330304199001011234 not read");
        DeviceCount c = counters.snapshot().get(0);
        assertEquals(1, c.failures());
        assertFalse(c.lastError().contains("330304199001011234"), "the last error is masked: " + c.lastError());
    }

    @Test
    void thePaperRollCountsPrintsUntilResetAndSurvivesARestart() {
        try (KioskDatabase db = KioskDatabase.open(dir, PaperRoll.migrations())) {
            DeviceCounters counters = new DeviceCounters(Clock.systemUTC(), new PaperRoll(db, Clock.systemUTC()));
            counters.printed("printer", true, null);
            counters.printed("printer", true, null);
            counters.printed("printer", false, "PAPER_OUT");
            assertEquals(2, counters.snapshot("printer").prints());
            assertEquals(1, counters.snapshot("printer").failures());
        }
        try (KioskDatabase db = KioskDatabase.open(dir, PaperRoll.migrations())) {
            DeviceCounters counters = new DeviceCounters(Clock.systemUTC(), new PaperRoll(db, Clock.systemUTC()));
            assertEquals(2, counters.snapshot("printer").paperRoll());
            assertEquals(0, counters.snapshot("printer").prints(), "prints count since start; the roll since its reset");
            counters.resetPaperRoll("printer");
            assertEquals(0, counters.snapshot("printer").paperRoll());
        }
    }
}
