package zwfw.kiosk.core.usage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;

/** A device's faults and recoveries become periods with their condition; the platform out of reach an offline period. */
class DeviceAvailabilityTest {
    @TempDir
    Path dir;

    private static List<UsagePeriod> periods(UsageJournal journal) {
        return journal.periods(Instant.EPOCH, Instant.now().plusSeconds(60));
    }

    @Test
    void paperOutIsAFaultUntilPaperIsBackAndAnUnreachablePlatformIsOffline() throws Exception {
        Clock clock = Clock.system(UsageStoreFixture.ZONE);
        try (KioskDatabase db = UsageStoreFixture.open(dir);
             UsageRecorder recorder = new UsageRecorder(new UsageLog(db, clock), clock)) {
            // A period left open by a kiosk that stopped ends when the next one starts.
            recorder.journal().openPeriod(UsagePeriod.Kind.OFFLINE, UsagePeriod.PLATFORM, "", Instant.now().minusSeconds(600));
            SimulatedPrinter printer = new SimulatedPrinter("printer", PrinterProfiles.require("80mm"), null);
            printer.open();
            printer.enable();
            recorder.followKiosk(List.of(printer), UsageRetention.DEFAULT_DAYS);
            await().until(() -> periods(recorder.journal()).stream().allMatch(p -> p.end() != null));

            printer.setPaper(PrinterStatus.Paper.OUT);
            await().until(() -> periods(recorder.journal()).stream().anyMatch(p -> p.kind() == UsagePeriod.Kind.DEVICE_FAULT));
            UsagePeriod fault = periods(recorder.journal()).stream().filter(p -> p.kind() == UsagePeriod.Kind.DEVICE_FAULT)
                    .findFirst().orElseThrow();
            assertEquals("printer", fault.subject());
            assertEquals("PAPER_OUT", fault.detail());
            assertNull(fault.end());

            printer.setPaper(PrinterStatus.Paper.OK);
            await().until(() -> periods(recorder.journal()).stream().filter(p -> p.kind() == UsagePeriod.Kind.DEVICE_FAULT)
                    .allMatch(p -> p.end() != null));

            recorder.platformReachable(false);
            recorder.platformReachable(false); // told again: still one period
            recorder.platformReachable(true);
            await().until(() -> periods(recorder.journal()).stream().filter(p -> p.kind() == UsagePeriod.Kind.OFFLINE).count() == 2
                    && periods(recorder.journal()).stream().allMatch(p -> p.end() != null));
            assertNotNull(periods(recorder.journal()).get(0).end());
            printer.close();
        }
    }
}
