package zwfw.kiosk.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;

/**
 * The kiosk gives its one clock to the drivers that name files by time: a receipt's file carried the machine's
 * local time (UTC here) while the receipt showed China time, and a soak's moved clock never reached it.
 */
class KiosksClockReachesDevicesTest {
    @TempDir
    Path temp;

    @Test
    void theSimulatedReceiptPrinterNamesItsFilesByTheKiosksClockInTheConfiguredZone() throws Exception {
        // 16:30:05 UTC on 30 November is 00:30:05 on 1 December in China: the zone and the day both show in the name
        Clock given = Clock.fixed(Instant.parse("2026-11-30T16:30:05Z"), ZoneOffset.UTC);
        KioskConfig config = KioskUnderTest.config(temp, Map.of()).withClock(given);
        try (KioskAssembly kiosk = KioskAssembly.start(config, OutboxListener.NONE)) {
            SimulatedPrinter printer = kiosk.device(SimulatedPrinter.class).orElseThrow();
            printer.print(PrintDocument.builder().text("receipt").build());
            assertEquals("receipt-20261201-003005-1.png", printer.lastImageFile().orElseThrow().getFileName().toString());
        }
    }
}
