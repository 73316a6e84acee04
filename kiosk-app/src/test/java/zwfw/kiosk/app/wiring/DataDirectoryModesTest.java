package zwfw.kiosk.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.availability.LockHolder;
import zwfw.kiosk.core.availability.ServiceLocks;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.OutboxListener;
import zwfw.kiosk.core.privacy.logging.KioskLogging;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;

/**
 * Everything a started kiosk creates under its data directory is private to the kiosk's user from
 * the first moment, whatever the umask: directories 0700, files 0600 (kiosk.db was 0644 before).
 */
class DataDirectoryModesTest {
    @TempDir
    Path temp;

    @AfterEach
    void stopFileLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("KIOSK_FILE");
        if (appender != null) {
            appender.stop();
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        }
    }

    @Test
    void theDatabaseLogsLocksReceiptsSimulatorStoreAndSecretsAreCreatedPrivate() throws Exception {
        KioskConfig config = KioskUnderTest.config(temp, Map.of()); // creates the demo secrets file
        Path data = config.dataDir();
        KioskLogging.startFileLogging(data, java.time.ZoneId.of("Asia/Shanghai"));
        LoggerFactory.getLogger(DataDirectoryModesTest.class).info("a line for the log file");
        try (KioskAssembly kiosk = KioskAssembly.start(config, OutboxListener.NONE)) {
            new ServiceLocks(data, Clock.systemUTC()).lock(LockHolder.STAFF, "maintenance", "tester");
            kiosk.device(ReceiptPrinter.class).orElseThrow().print(PrintDocument.builder().text("receipt").build());

            List<String> seen = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            try (Stream<Path> all = Files.walk(data)) {
                all.forEach(p -> {
                    try {
                        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                        String name = data.relativize(p).toString();
                        seen.add(name);
                        String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                        if (!mode.equals(expected)) {
                            wrong.add(name + " " + mode);
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            for (String expected : List.of("", "kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "secrets.yaml", "logs", "logs/kiosk.log",
                    "locks", "printed", "platform-sim")) {
                assertTrue(seen.contains(expected), expected + " among " + seen);
            }
            assertTrue(seen.stream().anyMatch(n -> n.startsWith("printed/receipt-")), seen.toString());
            assertTrue(seen.stream().anyMatch(n -> n.startsWith("locks/")), seen.toString());
            assertEquals(List.of(), wrong, "everything private; seen: " + seen);
        }
    }
}
