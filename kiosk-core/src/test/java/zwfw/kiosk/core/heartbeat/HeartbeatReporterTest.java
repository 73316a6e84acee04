package zwfw.kiosk.core.heartbeat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.kiosk.drivers.device.Device;

class HeartbeatReporterTest {
    @TempDir
    Path dir;

    @Test
    void theHeartbeatCarriesDevicesOutboxAndUsageAndBringsBackThePlatformsCommands() throws Exception {
        try (KioskFixture k = new KioskFixture(dir); SimulatedPrinter printer = new SimulatedPrinter("printer", PrinterProfiles.require("80mm"), null)) {
            printer.open();
            printer.setPaper(PrinterStatus.Paper.NEAR_END);
            UsageToday usage = new UsageToday(Clock.systemUTC());
            usage.sessionStarted();
            usage.sessionStarted();
            usage.caseSubmitted();
            List<HeartbeatCommand> received = new ArrayList<>();
            k.sim.queueCommand(KioskFixture.KIOSK, "LOCK", "系统维护");
            HeartbeatReporter reporter = new HeartbeatReporter(k.outbox, () -> List.<Device>of(printer), usage, "1.0.0", Clock.systemUTC());
            DeliveryWorker worker = new DeliveryWorker(k.outbox, k.client, new OutboxListener() {
                @Override
                public void heartbeatCommands(List<HeartbeatCommand> commands) {
                    received.addAll(commands);
                }
            });

            reporter.sendNow();
            assertTrue(worker.flush(Duration.ofSeconds(10)));

            JsonNode sent = new ObjectMapper().readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK));
            assertNotNull(sent);
            assertEquals("PAPER_NEAR_END", sent.at("/devices/0/state").asText());
            assertEquals("RECEIPT_PRINTER", sent.at("/devices/0/kind").asText());
            assertEquals(2, sent.at("/usageToday/sessions").asInt());
            assertEquals(1, sent.at("/usageToday/casesSubmitted").asInt());
            assertEquals(0, sent.at("/outboxDepth").asInt());
            assertTrue(sent.at("/at").asText().endsWith("+08:00"), sent.toString());
            assertEquals(1, received.size());
            assertEquals("LOCK", received.get(0).type());
            worker.close();
        }
    }
}
