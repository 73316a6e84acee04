package zwfw.kiosk.core.privacy.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class KioskLoggingTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void detach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("KIOSK_FILE");
        if (appender != null) {
            appender.stop();
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        }
    }

    @Test
    void theLogFileUnderTheDataDirectoryNeverHoldsAnIdOrMobileNumber() throws Exception {
        Path logs = KioskLogging.startFileLogging(dataDir, java.time.ZoneId.of("Asia/Shanghai"));
        Logger log = LoggerFactory.getLogger("zwfw.kiosk.test");
        log.warn("citizen {} phone {}", "330304199001021234", "13800138000");
        log.error("submit failed", new IllegalStateException("bad applicant 11010519491231002X"));

        String written = Files.readString(logs.resolve("kiosk.log"), StandardCharsets.UTF_8);
        assertTrue(written.contains("citizen 330304********1234 phone 138****8000"), written);
        assertTrue(written.contains("bad applicant 110105********002X"), written);
        assertFalse(written.contains("199001021234"), written);
        assertFalse(written.contains("13800138000"), written);
        assertFalse(written.contains("19491231"), written);
    }

    @Test
    void theLogFileStampsEachLineInTheKiosksZoneWhateverTheMachinesZone() throws Exception {
        java.util.TimeZone machine = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            Path logs = KioskLogging.startFileLogging(dataDir, java.time.ZoneId.of("Asia/Shanghai"));
            LoggerFactory.getLogger("zwfw.kiosk.test").warn("a line to stamp");
            String written = Files.readString(logs.resolve("kiosk.log"), StandardCharsets.UTF_8);
            assertTrue(written.lines().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00 WARN .*a line to stamp")), written);
        } finally {
            java.util.TimeZone.setDefault(machine);
        }
    }
}
