package zwfw.kiosk.core.heartbeat;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.DeliveryWorker;
import zwfw.kiosk.core.outbox.EntryState;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.platform.Backoff;
import zwfw.kiosk.core.platform.HeartbeatCommand;
import zwfw.kiosk.core.platform.PlatformClient;
import zwfw.kiosk.core.usage.UsageToday;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.profile.PrinterProfiles;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.platform.sim.Faults;

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
            List<HeartbeatCommand> received = new CopyOnWriteArrayList<>();
            k.sim.queueCommand(KioskFixture.KIOSK, "LOCK", "系统维护");
            k.sim.queueCommand(KioskFixture.KIOSK, "RELOAD_CATALOG", null); // RESTART passes the same way once the simulator can queue it
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, () -> List.<Device>of(printer), usage, "1.0.0",
                    commandsInto(received), Clock.system(ZoneId.of("Asia/Shanghai")));

            assertTrue(reporter.sendNow());

            JsonNode sent = new ObjectMapper().readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK));
            assertNotNull(sent);
            assertEquals("PAPER_NEAR_END", sent.at("/devices/0/state").asText());
            assertEquals("RECEIPT_PRINTER", sent.at("/devices/0/kind").asText());
            assertEquals(2, sent.at("/usageToday/sessions").asInt());
            assertEquals(1, sent.at("/usageToday/casesSubmitted").asInt());
            assertEquals(0, sent.at("/outboxDepth").asInt());
            assertTrue(sent.at("/at").asText().endsWith("+08:00"), sent.toString());
            assertEquals(List.of("LOCK", "RELOAD_CATALOG"), received.stream().map(HeartbeatCommand::type).toList());
            assertEquals("系统维护", received.get(0).reason());
            assertEquals(0, k.outbox.depth(), "heartbeats never enter the outbox");
        }
    }

    @Test
    void aDevicesLongDetailIsCutToTheContractsTextLimitSoThePlatformTakesTheHeartbeat() throws Exception {
        String longDetail = "串口无应答 ".repeat(60); // 360 characters, as a driver's error text may well be
        try (KioskFixture k = new KioskFixture(dir); Talkative device = new Talkative(longDetail)) {
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, () -> List.<Device>of(device),
                    new UsageToday(Clock.systemUTC()), "1.0.0", commandsInto(new CopyOnWriteArrayList<>()), Clock.systemUTC());

            assertTrue(reporter.sendNow(), "the simulator refuses texts over 200 characters (contract §1)");
            JsonNode sent = new ObjectMapper().readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK));
            assertEquals(longDetail.substring(0, 200), sent.at("/devices/0/detail").asText());
        }
    }

    @Test
    void aClockThePlatformRefusesIsReportedAndAHeartbeatThatGoesThroughLiftsIt() throws Exception {
        List<Boolean> clockWrong = new CopyOnWriteArrayList<>();
        OutboxListener listener = new OutboxListener() {
            @Override
            public void platformClock(boolean wrong) {
                clockWrong.add(wrong);
            }
        };
        try (KioskFixture k = new KioskFixture(dir);
             PlatformClient tenMinutesAhead = new PlatformClient(k.client.settings(),
                     Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(10)))) {
            HeartbeatReporter skewed = new HeartbeatReporter(tenMinutesAhead, k.outbox, List::of,
                    new UsageToday(Clock.systemUTC()), "1.0.0", listener, Clock.systemUTC());
            assertFalse(skewed.sendNow());
            assertEquals(List.of(true), clockWrong, "TIMESTAMP_SKEW: the kiosk goes out of service");

            HeartbeatReporter righted = new HeartbeatReporter(k.client, k.outbox, List::of,
                    new UsageToday(Clock.systemUTC()), "1.0.0", listener, Clock.systemUTC());
            assertTrue(righted.sendNow());
            assertEquals(List.of(true, false), clockWrong, "the clock is right again: back in service");
        }
    }

    /** A device whose status carries a long detail. */
    private static final class Talkative extends zwfw.kiosk.drivers.device.AbstractDevice {
        Talkative(String detail) {
            super("talkative", zwfw.kiosk.drivers.device.DeviceKind.CODE_SCANNER, "test");
            updateStatus(zwfw.kiosk.drivers.device.DeviceStatus.of(zwfw.kiosk.drivers.device.DeviceState.ERROR, "BROKEN", detail));
        }

        @Override
        protected void doOpen() {
        }

        @Override
        protected void doClose() {
        }

        @Override
        public zwfw.kiosk.drivers.device.HealthReport checkHealth() {
            return new zwfw.kiosk.drivers.device.HealthReport(false, status(), "broken", java.util.Map.of());
        }
    }

    @Test
    void theReportsTimesAreInTheConfiguredZoneNotTheMachines() throws Exception {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
            k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
            Clock urumqi = Clock.fixed(Instant.parse("2026-11-29T04:00:00Z"), ZoneId.of("Asia/Urumqi"));
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, List::of, new UsageToday(urumqi), "1.0.0",
                    null, urumqi);

            assertTrue(reporter.sendNow());

            JsonNode sent = new ObjectMapper().readTree(k.sim.lastHeartbeat(KioskFixture.KIOSK));
            assertEquals("2026-11-29T10:00:00+06:00", sent.at("/at").asText(), "seconds always written");
            assertEquals(1, sent.at("/outboxDepth").asInt());
            assertTrue(sent.at("/oldestQueuedAt").asText().endsWith("+06:00"), sent.toString());
        }
    }

    @Test
    void whetherThePlatformAnsweredIsToldAfterEveryHeartbeatForTheOfflinePeriods() {
        List<Boolean> reachable = new CopyOnWriteArrayList<>();
        try (KioskFixture k = new KioskFixture(dir)) {
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, List::of, new UsageToday(Clock.systemUTC()),
                    "1.0.0", null, Clock.systemUTC());
            reporter.onPlatformReachable(reachable::add);
            assertTrue(reporter.sendNow());
            k.sim.setFaults(Faults.parse("error=1"));
            assertFalse(reporter.sendNow());
            k.sim.setFaults(Faults.none());
            assertTrue(reporter.sendNow());
        }
        assertEquals(List.of(true, false, true), reachable);
    }

    @Test
    void aFailedHeartbeatIsNotQueuedTheNextOneReplacesIt() {
        try (KioskFixture k = new KioskFixture(dir)) {
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, List::of, new UsageToday(Clock.systemUTC()),
                    "1.0.0", null, Clock.systemUTC());
            k.sim.setFaults(Faults.parse("error=1"));
            assertFalse(reporter.sendNow());
            assertEquals(0, k.outbox.depth(), "no backlog of heartbeats");
            k.sim.setFaults(Faults.none());
            assertTrue(reporter.sendNow());
        }
    }

    @Test
    void aLockSentWhileCasesGet503sTakesEffectWithinOneHeartbeatInterval() throws Exception {
        try (KioskFixture k = new KioskFixture(dir)) {
            k.sim.setFaults(Faults.parse("error=1,path=/api/v1/cases"));
            // Cases back off for minutes, as in the field (the standard backoff reaches 5 minutes).
            DeliveryWorker worker = new DeliveryWorker(k.outbox, k.client, new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(5),
                    new Random(1)), Duration.ofMinutes(5), null, Clock.systemUTC());
            OutboxEntry stuck = k.outbox.enqueueCase(KioskFixture.aCase("RS-0001"));
            worker.start();
            List<HeartbeatCommand> received = new CopyOnWriteArrayList<>();
            Duration interval = Duration.ofMillis(300);
            HeartbeatReporter reporter = new HeartbeatReporter(k.client, k.outbox, List::of, new UsageToday(Clock.systemUTC()),
                    "1.0.0", commandsInto(received), Clock.systemUTC());
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> k.outbox.entry(stuck.clientRef()).orElseThrow().attempts() > 0);
                OutboxEntry backingOff = k.outbox.entry(stuck.clientRef()).orElseThrow();
                assertEquals(EntryState.QUEUED, backingOff.state());
                assertTrue(backingOff.nextAttemptAt().isAfter(Instant.now().plusSeconds(50)), "the case backs off for minutes");

                reporter.start(interval);
                await().atMost(Duration.ofSeconds(5)).until(() -> k.sim.lastHeartbeat(KioskFixture.KIOSK) != null);
                long sentAt = System.nanoTime();
                HttpResponse<String> queued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(k.sim.url() + "/admin/kiosks/" + KioskFixture.KIOSK + "/commands"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"LOCK\",\"reason\":\"夜间维护\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(204, queued.statusCode());

                // One interval plus the time of one heartbeat call on a busy machine.
                await().atMost(interval.plusSeconds(2)).until(() -> !received.isEmpty());
                System.out.printf("LOCK took effect %d ms after it was queued (heartbeat interval %d ms)%n",
                        (System.nanoTime() - sentAt) / 1_000_000, interval.toMillis());
                assertEquals(new HeartbeatCommand("LOCK", "夜间维护"), received.get(0));
                assertEquals(1, k.outbox.entry(stuck.clientRef()).orElseThrow().attempts(), "the case is still backing off");
            } finally {
                reporter.close();
                worker.close();
            }
        }
    }

    private static OutboxListener commandsInto(List<HeartbeatCommand> received) {
        return new OutboxListener() {
            @Override
            public void heartbeatCommands(List<HeartbeatCommand> commands) {
                received.addAll(commands);
            }
        };
    }
}
