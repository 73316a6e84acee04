package zwfw.kiosk.core.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceReportTest {
    @TempDir
    Path data;

    @Test
    void theReportIsReadBackWithItsReasonsInPrecedenceOrderAndThisProcessAsRunning() {
        Instant at = Instant.parse("2026-11-24T04:00:00Z");
        new ServiceReport(data, Clock.fixed(at, ZoneOffset.UTC))
                .write(EnumSet.of(OutOfServiceReason.DEVICE_DOWN, OutOfServiceReason.PLATFORM_LOCK));
        ServiceReport.Report r = new ServiceReport(data, Clock.systemUTC()).read().orElseThrow();
        assertEquals(List.of(OutOfServiceReason.PLATFORM_LOCK, OutOfServiceReason.DEVICE_DOWN), r.reasons());
        assertEquals(at, r.at());
        assertFalse(r.inService());
        assertTrue(r.running());
    }

    @Test
    void inServiceIsAnEmptyListAndAMissingOrDamagedReportIsNoReport() throws Exception {
        ServiceReport report = new ServiceReport(data, Clock.systemUTC());
        assertTrue(report.read().isEmpty());
        report.write(Set.of());
        assertTrue(report.read().orElseThrow().inService());
        Files.writeString(data.resolve("service-state.properties"), "reasons=NO_SUCH_REASON\nat=x\n");
        assertTrue(report.read().isEmpty());
    }
}
