package zwfw.kiosk.app.screen.maintenance;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.app.screen.maintenance.devices.DevicesViewModel;
import zwfw.kiosk.core.devicehealth.DeviceTest;
import zwfw.kiosk.app.screen.maintenance.settings.SettingField;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.access.StaffAccounts;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.audit.AuditEntry;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.emulator.SamReaderEmulator;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.printer.emulator.PtyPrinterEmulator;
import zwfw.kiosk.drivers.scanner.emulator.ScannerEmulator;

/**
 * The staff session at a kiosk whose ID card reader, scanner and receipt printer are real drivers
 * on pseudo-terminals with their protocol emulators (camera and A4 printer simulated): entry by the
 * hidden corner and a technician's PIN, every test button, the printer moved live from one pty to
 * another while the kiosk serves, a change that fails and is undone, the idle exit (never during a
 * test), five wrong PINs, and the audit trail of all of it. One kiosk for the class; the screen is
 * driven by the robot only where it is what is proved. Screenshots of every page go to
 * {@code screenshots.dir} (else target/screenshots) as {@code 13-maintenance-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaintenanceAtTheKioskTest {
    private static final Duration SOON = Duration.ofSeconds(15);

    @TempDir
    static Path temp;
    private KioskUnderTest kiosk;
    private SamReaderEmulator reader;
    private ScannerEmulator scanner;
    private PtyPrinterEmulator printerA;
    private PtyPrinterEmulator printerB;
    private Path out;

    @BeforeAll
    void boot() throws Exception {
        reader = SamReaderEmulator.start(temp.resolve("pty-idcard"), 115200);
        scanner = ScannerEmulator.plugIn(temp.resolve("pty-scanner"), 9600);
        printerA = PtyPrinterEmulator.start(temp.resolve("pty-printer-a"), 115200);
        printerB = PtyPrinterEmulator.start(temp.resolve("pty-printer-b"), 115200);
        Files.createSymbolicLink(temp.resolve("pty-unplugged"), temp.resolve("nothing-here"));
        KioskUnderTest.config(temp, Map.of());
        Path yaml = temp.resolve("config").resolve("kiosk.yaml");
        String text = Files.readString(yaml);
        text = text.substring(0, text.indexOf("\ndevices:")) + "\nmaintenance:\n  extraPortGlob: " + temp + "/pty-*\n" + """
                devices:
                  - id: idcard
                    kind: ID_CARD_READER
                    driver: sam-serial
                    settings: {port: %s, baud: 115200}
                  - id: scanner
                    kind: CODE_SCANNER
                    driver: serial-scanner
                    settings: {port: %s, baud: 9600}
                  - id: printer
                    kind: RECEIPT_PRINTER
                    driver: escpos
                    settings: {transport: serial, port: %s, profile: 80mm}
                  - id: camera
                    kind: DOCUMENT_CAMERA
                    driver: simulated
                  - id: a4
                    kind: DOCUMENT_PRINTER
                    driver: simulated
                    settings: {dpi: 50}
                """.formatted(temp.resolve("pty-idcard"), temp.resolve("pty-scanner"), temp.resolve("pty-printer-a"));
        Files.writeString(yaml, text);
        try (KioskDatabase db = KioskDatabase.open(temp.resolve("data"), KioskAssembly.migrations())) {
            new StaffAccounts(db, java.time.Clock.systemUTC()).add("李师傅", StaffRole.MAINTENANCE, PinHash.hash("4711".toCharArray()));
        }
        kiosk = KioskUnderTest.bootWritten(temp);
        out = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (kiosk != null) {
                kiosk.close();
            }
        } finally {
            for (AutoCloseable c : new AutoCloseable[] {reader, scanner, printerA, printerB}) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    private MaintenanceMode maintenance() {
        return kiosk.app().navigator().maintenance();
    }

    private boolean shown(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        var found = kiosk.robot().lookup("#" + id).tryQuery();
        for (Node n = found.orElse(null); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return found.isPresent();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> kiosk.app().stage().getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                out.resolve("13-maintenance-" + name + ".png").toFile());
    }

    private List<AuditEntry> audit() {
        return kiosk.app().assembly().auditLog().since(Instant.EPOCH);
    }

    private void enter(String pin) throws Exception {
        fx(() -> {
            maintenance().open();
            pin.chars().forEach(c -> maintenance().pin().digit(c - '0'));
            maintenance().pin().submit();
        });
    }

    @Test
    @Order(1)
    void theHiddenCornerAndATechniciansPinOpenTheDevicesPageAndTheKioskServesNobodyMeanwhile() throws Exception {
        Node corner = kiosk.robot().lookup("#staff-corner").query();
        kiosk.robot().moveTo(corner).press(MouseButton.PRIMARY);
        try {
            await().atMost(SOON).until(() -> shown("staff-key-ok"));
        } finally {
            kiosk.robot().release(MouseButton.PRIMARY);
        }
        assertTrue(kiosk.app().navigator().isOutOfService(), "a staff session holds the kiosk out of service");
        screenshot("pin");
        for (char c : "4711".toCharArray()) {
            kiosk.click("staff-key-" + c);
        }
        kiosk.click("staff-key-ok");
        await().atMost(SOON).until(() -> shown("maint-devices"));
        assertEquals("维护 · 李师傅", kiosk.text("staff-title"));
        for (String id : List.of("idcard", "scanner", "printer", "camera", "a4")) {
            await().atMost(SOON).until(() -> shown("maint-device-" + id));
        }
        await().atMost(SOON).until(() -> kiosk.text("maint-state-printer").startsWith("READY"));
        screenshot("devices");
        assertTrue(audit().stream().anyMatch(e -> e.action() == AuditAction.ENTRY && e.actor().equals("李师傅") && e.channel().equals("screen")));
    }

    @Test
    @Order(2)
    void everyTestButtonWorksAgainstTheEmulatorsAndShowsPersonalDataMasked() throws Exception {
        fx(() -> maintenance().devices().select("idcard"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.READ_CARD));
        reader.placeCard(SampleCards.resident());
        await().atMost(SOON).until(() -> kiosk.text("maint-test-result").startsWith("card read: "));
        String read = kiosk.text("maint-test-result");
        assertTrue(read.contains("*") && !read.contains(SampleCards.resident().idNumber()), read);
        reader.removeCard();

        fx(() -> maintenance().devices().select("scanner"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.WAIT_SCAN));
        await().atMost(SOON).until(() -> maintenance().session().testsRunningProperty().get() == 1);
        scanner.scan("SA20261124000123");
        await().atMost(SOON).until(() -> kiosk.text("maint-test-result").startsWith("scanned "));

        fx(() -> maintenance().devices().select("printer"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.PRINT_TEST_PAGE));
        await().atMost(SOON).until(() -> kiosk.text("maint-test-result").startsWith("printed"));
        assertTrue(printerA.printer().printedBytes().length > 0);
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.PRINTER_STATUS));
        await().atMost(SOON).until(() -> !kiosk.text("maint-test-result").startsWith("正在测试"));

        fx(() -> maintenance().devices().select("camera"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.CAPTURE_PAGE));
        await().atMost(SOON).until(() -> kiosk.text("maint-test-result").startsWith("captured "));

        fx(() -> maintenance().devices().select("a4"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.A4_STATUS));
        await().atMost(SOON).until(() -> !kiosk.text("maint-test-result").startsWith("正在测试"));
        kiosk.click(DevicesViewModel.buttonId(DeviceTest.A4_TEST_PAGE));
        await().atMost(Duration.ofSeconds(60)).until(() -> !kiosk.text("maint-test-result").startsWith("正在测试"));

        await().atMost(SOON).until(() -> audit().stream().filter(e -> e.action() == AuditAction.TEST).count() == 7);
        assertTrue(audit().stream().filter(e -> e.action() == AuditAction.TEST)
                .noneMatch(e -> e.detail().contains(SampleCards.resident().idNumber())), "the audit log holds no ID number");
    }

    private SettingField field(String name) {
        return maintenance().settings().fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @Order(3)
    void thePrinterMovesToAnotherPtyLiveWhileTheKioskKeepsItsOtherDevices() throws Exception {
        Object readerBefore = kiosk.app().assembly().device(zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReader.class).orElseThrow();
        fx(() -> maintenance().devices().select("printer"));
        kiosk.click("maint-edit-settings");
        await().atMost(SOON).until(() -> shown("maint-settings"));
        String b = temp.resolve("pty-printer-b").toString();
        await().atMost(SOON).until(() -> field("port").choices().contains(b));
        screenshot("settings");
        fx(() -> field("port").valueProperty().set(b));
        kiosk.click("maint-settings-apply");
        await().atMost(SOON).until(() -> kiosk.text("maint-settings-outcome").startsWith("已保存，设备已重新打开"));

        printerB.printer().clearPrinted();
        ReceiptPrinter printer = kiosk.app().assembly().device(ReceiptPrinter.class).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> { }).get();
        assertTrue(printer.print(ReceiptDocuments.testPage("80mm", "T")).isPrinted(), "the printer the visit holds prints on the new port");
        assertTrue(printerB.printer().printedBytes().length > 0);
        assertSame(readerBefore, kiosk.app().assembly().device(zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReader.class).orElseThrow(),
                "the ID card reader was not reopened");
        assertTrue(Files.readString(temp.resolve("data").resolve("kiosk.override.yaml")).contains(b));
        await().atMost(SOON).until(() -> audit().stream().anyMatch(e -> e.action() == AuditAction.SETTING_CHANGED
                && e.detail().equals("devices.printer.settings.port: " + temp.resolve("pty-printer-a") + " → " + b)));
    }

    @Test
    @Order(4)
    void aChangeThatDoesNotOpenTheDeviceIsUndoneOnTheScreen() throws Exception {
        fx(() -> field("port").valueProperty().set(temp.resolve("pty-unplugged").toString()));
        kiosk.click("maint-settings-apply");
        await().atMost(SOON).until(() -> kiosk.text("maint-settings-outcome").startsWith("已保存，但设备未能打开"));
        assertTrue(shown("maint-settings-undo"));
        kiosk.click("maint-settings-undo");
        await().atMost(SOON).until(() -> kiosk.text("maint-settings-outcome").startsWith("已撤销"));
        assertTrue(kiosk.app().assembly().device(ReceiptPrinter.class).orElseThrow().status().state().isUsable());
        assertEquals(temp.resolve("pty-printer-b").toString(), field("port").valueProperty().get());

        fx(() -> field("baud").valueProperty().set("12"));
        kiosk.click("maint-settings-apply");
        await().atMost(SOON).until(() -> kiosk.text("maint-settings-outcome").startsWith("未保存"));
        assertTrue(kiosk.text("maint-settings-outcome").contains("kiosk.override.yaml:"), kiosk.text("maint-settings-outcome"));
        kiosk.click("maint-settings-back");
    }

    @Test
    @Order(5)
    void theOperationsPageLocksAndTheSessionLeavesByItselfButNeverDuringATest() throws Exception {
        kiosk.click("maint-tab-operations");
        await().atMost(SOON).until(() -> kiosk.text("maint-outbox").startsWith("等待发送"));
        screenshot("operations");
        kiosk.click("maint-diagnostics");
        await().atMost(SOON).until(() -> kiosk.text("staff-action-problem").startsWith("诊断包已保存："));
        Path bundle = Path.of(kiosk.text("staff-action-problem").substring("诊断包已保存：".length()).strip());
        try (var zip = new java.util.zip.ZipFile(bundle.toFile())) {
            var counters = zip.stream().filter(e -> e.getName().endsWith("device-counters.json")).findFirst().orElseThrow();
            assertTrue(new String(zip.getInputStream(counters).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"printer\""));
            // the kiosk's own bundle: devices' "since" in kiosk.timeZone with its offset, not the machine's UTC
            var devices = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.getInputStream(zip.getEntry("devices.json")));
            var since = java.time.OffsetDateTime.parse(devices.get(0).get("since").asText());
            assertEquals(kiosk.app().assembly().config().zone().getRules().getOffset(since.toInstant()), since.getOffset(), devices.toString());
        }
        kiosk.click("staff-lock");
        await().atMost(SOON).until(() -> shown("staff-unlock"));
        kiosk.click("staff-unlock");
        await().atMost(SOON).until(() -> shown("staff-lock"));

        fx(() -> maintenance().devices().select("idcard"));
        fx(() -> maintenance().session().show(MaintenanceSession.DEVICES));
        fx(() -> maintenance().devices().run(DeviceTest.READ_CARD)); // no card yet: the test waits
        long idle = kiosk.app().assembly().config().maintenanceIdleExit().toSeconds();
        fx(() -> {
            for (int i = 0; i <= idle; i++) {
                maintenance().session().secondPassed();
            }
        });
        assertTrue(maintenance().session().openProperty().get(), "a running test keeps the session");
        reader.placeCard(SampleCards.resident());
        await().atMost(SOON).until(() -> maintenance().session().testsRunningProperty().get() == 0);
        reader.removeCard();
        fx(() -> {
            for (int i = 0; i < idle; i++) {
                maintenance().session().secondPassed();
            }
        });
        assertFalse(maintenance().session().openProperty().get(), "idle: the session left by itself");
        await().atMost(SOON).until(() -> !kiosk.app().navigator().isOutOfService());
        await().atMost(SOON).until(() -> audit().stream().anyMatch(e -> e.action() == AuditAction.EXIT && e.actor().equals("李师傅")));
    }

    @Test
    @Order(6)
    void fiveWrongPinsLockThePadAndTheAuditTrailHoldsEverything() throws Exception {
        enter("1357"); // the administrator's PIN opens the administrator's page, not the technician's
        await().atMost(SOON).until(() -> shown("admin-usage"));
        assertFalse(shown("maint-tab-devices"));
        fx(() -> maintenance().session().leave("left"));
        for (int left = 4; left >= 1; left--) {
            enter("1111");
            int l = left;
            await().atMost(SOON).until(() -> ("密码错误，还可再试 " + l + " 次").equals(kiosk.text("staff-problem")));
        }
        enter("1111");
        await().atMost(SOON).until(() -> kiosk.text("staff-problem").startsWith("密码错误次数过多"));
        enter("4711");
        await().during(Duration.ofMillis(500)).atMost(SOON).until(() -> !shown("maint-devices"));
        fx(() -> maintenance().session().leave("left"));

        List<AuditAction> trail = audit().stream().filter(e -> e.channel().equals("screen")).map(AuditEntry::action).distinct().toList();
        assertTrue(trail.containsAll(List.of(AuditAction.ENTRY, AuditAction.TEST, AuditAction.SETTING_CHANGED, AuditAction.LOCK,
                AuditAction.UNLOCK, AuditAction.DIAGNOSTICS_BUNDLE, AuditAction.EXIT, AuditAction.PIN_FAILED)), trail.toString());
        assertEquals(5, audit().stream().filter(e -> e.action() == AuditAction.PIN_FAILED).count());
        Path log = temp.resolve("data").resolve("logs").resolve("kiosk.log");
        if (Files.exists(log)) {
            assertFalse(Files.readString(log).contains("李师傅"), "the general log names nobody");
        }
    }
}
