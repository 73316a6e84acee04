package zwfw.kiosk.app.wiring;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;

/**
 * The receipt printer moved from one pseudo-terminal to another while the kiosk runs (no screen):
 * only the printer's driver is reopened, the other devices are the very same objects, the printer
 * object the visit holds prints on the new port, a port that does not open is undone, and each
 * change is audited old → new under the technician's name.
 */
class LiveDeviceChangeTest {
    @TempDir
    Path temp;

    @Test
    void thePrinterMovesToAnotherPortLiveAndAFailedChangeIsUndone() throws Exception {
        KioskConfig config = KioskUnderTest.config(temp, Map.of());
        Files.createSymbolicLink(temp.resolve("pty-dead"), temp.resolve("nothing-here"));
        try (PtyPrinterEmulator a = PtyPrinterEmulator.start(temp.resolve("pty-a"), 115200);
             PtyPrinterEmulator b = PtyPrinterEmulator.start(temp.resolve("pty-b"), 115200);
             KioskAssembly kiosk = KioskAssembly.start(config, OutboxListener.NONE)) {
            ReceiptPrinter printer = kiosk.device(ReceiptPrinter.class).orElseThrow();
            Device reader = kiosk.device(IdCardReader.class).orElseThrow();
            Object readerDriver = kiosk.device(zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader.class).orElseThrow();
            DeviceChanges changes = kiosk.deviceChanges();

            DeviceChanges.Applied toA = changes.apply("李师傅", "printer", "escpos",
                    Map.of("transport", "serial", "port", temp.resolve("pty-a").toString(), "profile", "80mm"));
            assertTrue(toA.opened(), toA.toString());
            assertTrue(printer.print(ReceiptDocuments.testPage("80mm", "T")).isPrinted());
            await().atMost(Duration.ofSeconds(5)).until(() -> a.printer().printedBytes().length > 0);

            DeviceChanges.Applied toB = changes.apply("李师傅", "printer", "escpos",
                    Map.of("transport", "serial", "port", temp.resolve("pty-b").toString(), "profile", "80mm"));
            assertTrue(toB.opened(), toB.toString());
            a.printer().clearPrinted();
            assertTrue(printer.print(ReceiptDocuments.testPage("80mm", "T")).isPrinted(), "the same printer object prints on the new port");
            await().atMost(Duration.ofSeconds(5)).until(() -> b.printer().printedBytes().length > 0);
            assertEquals(0, a.printer().printedBytes().length);
            assertSame(reader, kiosk.device(IdCardReader.class).orElseThrow());
            assertSame(readerDriver, kiosk.device(zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader.class).orElseThrow(),
                    "the other devices' drivers were not reopened");

            DeviceChanges.Applied dead = changes.apply("李师傅", "printer", "escpos",
                    Map.of("transport", "serial", "port", temp.resolve("pty-dead").toString(), "profile", "80mm"));
            assertTrue(dead.problems().isEmpty(), dead.problems().toString());
            assertFalse(dead.opened(), "a port that does not open: " + dead.status());
            assertTrue(changes.undo("李师傅", dead).state().isUsable());
            assertTrue(printer.print(ReceiptDocuments.testPage("80mm", "T")).isPrinted());

            DeviceChanges.Applied wrong = changes.apply("李师傅", "printer", "escpos", Map.of("transport", "serial", "port",
                    temp.resolve("pty-b").toString(), "baud", "12"));
            assertEquals(1, wrong.problems().size(), wrong.problems().toString());
            assertTrue(wrong.problems().get(0).contains("kiosk.override.yaml:") && wrong.problems().get(0).contains("settings.baud"));
            assertEquals(2, kiosk.liveDevices().counters().snapshot("printer").prints() - 1, "three prints counted");

            var details = kiosk.auditLog().since(Instant.EPOCH).stream()
                    .filter(e -> e.action() == AuditAction.SETTING_CHANGED && e.actor().equals("李师傅")).map(e -> e.detail()).toList();
            assertTrue(details.contains("devices.printer.driver: simulated → escpos"), details.toString());
            assertTrue(details.contains("devices.printer.settings.port: " + temp.resolve("pty-a") + " → " + temp.resolve("pty-b")), details.toString());
            assertTrue(details.contains("devices.printer.settings.port: " + temp.resolve("pty-dead") + " → " + temp.resolve("pty-b")), details.toString());
        }
    }
}
