package zwfw.kiosk.core.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.outbox.EntryKind;
import zwfw.kiosk.core.outbox.EntryState;
import zwfw.kiosk.core.outbox.OutboxEntry;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.drivers.scanner.simulated.SimulatedCodeScanner;

/**
 * Staff read the bundle: {@code devices.json}'s {@code since} and {@code outbox.json}'s times were written in UTC
 * ({@code …Z}) while the machine ran UTC and the kiosk was set to China time. Every time in it is now in the
 * configured zone, with its offset and its seconds, as kioskctl prints them.
 */
class BundleTimesInTheKiosksZoneTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T16:05:00Z"), CHINA);

    @TempDir
    Path dir;

    @Test
    void devicesSinceAndOutboxTimesAreInTheConfiguredZoneWithItsOffset() throws Exception {
        SimulatedCodeScanner scanner = new SimulatedCodeScanner("scanner-1");
        Instant queued = Instant.parse("2026-11-29T16:00:00Z");
        OutboxEntry entry = new OutboxEntry(1, EntryKind.CASE, "ref-1", "RS-0001", EntryState.QUEUED, queued, 2,
                Instant.parse("2026-11-29T16:01:30.250Z"), Instant.parse("2026-11-29T16:10:00Z"), "HTTP 503",
                null, null, null, null, false, true, List.of());
        OutboxStatus status = new OutboxStatus(1, queued, List.of(entry), 1, Instant.parse("2026-11-29T15:59:59Z"));
        DiagnosticsBundle bundle = new DiagnosticsBundle("KSK-1", CLOCK, List.of(
                StandardSections.devices(() -> List.of(scanner), CHINA),
                StandardSections.outbox(() -> status, CHINA)));
        Path file = dir.resolve("bundle.zip");
        bundle.writeTo(file, false);

        JsonNode device = read(file, "devices.json").get(0);
        assertEquals(scanner.status().since().atZone(CHINA).toOffsetDateTime().toInstant(),
                java.time.OffsetDateTime.parse(device.get("since").asText()).toInstant(), "the same moment");
        assertEquals("+08:00", device.get("since").asText().substring(device.get("since").asText().length() - 6), device.toString());

        JsonNode outbox = read(file, "outbox.json");
        assertEquals("2026-11-30T00:00:00+08:00", outbox.get("oldestQueuedAt").asText());
        assertEquals("2026-11-29T23:59:59+08:00", outbox.get("oldestHoldingPersonalDataSince").asText());
        JsonNode waiting = outbox.get("waiting").get(0);
        assertEquals("2026-11-30T00:00:00+08:00", waiting.get("createdAt").asText());
        assertEquals("2026-11-30T00:01:30.25+08:00", waiting.get("lastAttemptAt").asText());
        assertEquals("2026-11-30T00:10:00+08:00", waiting.get("nextAttemptAt").asText());

        assertEquals("2026-11-30T00:05:00+08:00", read(file, "manifest.json").get("createdAt").asText(), "seconds written on the minute too");
    }

    @Test
    void anOutboxWithNothingWaitingWritesNoTimeRatherThanAMadeUpOne() throws Exception {
        DiagnosticsBundle bundle = new DiagnosticsBundle("KSK-1", CLOCK, List.of(
                StandardSections.outbox(() -> new OutboxStatus(0, null, List.of(), 0, null), CHINA)));
        Path file = dir.resolve("empty.zip");
        bundle.writeTo(file, false);
        JsonNode outbox = read(file, "outbox.json");
        assertEquals(true, outbox.get("oldestQueuedAt").isNull(), outbox.toString());
        assertEquals(true, outbox.get("oldestHoldingPersonalDataSince").isNull(), outbox.toString());
    }

    @Test
    void theServiceStatesReportTimeIsInTheConfiguredZone() throws Exception {
        ServiceReport report = new ServiceReport(dir, CLOCK);
        report.write(Set.of(OutOfServiceReason.DEVICE_DOWN));
        DiagnosticsBundle bundle = new DiagnosticsBundle("KSK-1", CLOCK, List.of(StandardSections.serviceState(report, CHINA)));
        Path file = dir.resolve("state.zip");
        bundle.writeTo(file, false);
        JsonNode state = read(file, "service-state.json");
        assertEquals("2026-11-30T00:05:00+08:00", state.get("at").asText(), state.toString());
        assertEquals("DEVICE_DOWN", state.get("reasons").get(0).asText());
    }

    private static JsonNode read(Path zip, String entry) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new ObjectMapper().readTree(z.getInputStream(z.getEntry(entry)));
        }
    }
}
