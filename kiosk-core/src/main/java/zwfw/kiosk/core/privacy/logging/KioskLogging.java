package zwfw.kiosk.core.privacy.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.storage.PrivateFiles;

/**
 * Adds the kiosk's rolling log files under {@code DATA_DIR/logs} (daily and at 10 MB, 30 days,
 * 500 MB in all), masked like every other appender, in a directory of mode 0700 with files of mode 0600. The console appender of {@code logback.xml}
 * writes to standard error, so command output on standard output stays clean JSON.
 */
public final class KioskLogging {
    /** Each line's time in the kiosk's zone (logback's {@code %d{pattern, zone}}), not the machine's. */
    static String pattern(ZoneId zone) {
        return "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, " + zone.getId() + "} %-5level [%thread] %logger{36} - %msg%n";
    }

    private static final String APPENDER = "KIOSK_FILE";

    private KioskLogging() {
    }

    /**
     * Starts writing {@code logs/kiosk.log} under the data directory, each line stamped and each day's file
     * rolled in {@code zone} (the kiosk's {@code kiosk.timeZone}: one clock for staff too); idempotent.
     */
    public static Path startFileLogging(Path dataDir, ZoneId zone) {
        Path dir = dataDir.resolve("logs");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return dir; // another SLF4J backend: it logs where it is told
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) != null) {
            return dir;
        }
        MaskingPatternLayout layout = new MaskingPatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern(zone));
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        try {
            // Created private before the appender opens it; the directory is private too, so what
            // logback creates later (rolled files, archives) is never reachable by others.
            PrivateFiles.createDirectories(dir);
            PrivateFiles.ensureFile(dir.resolve("kiosk.log"));
        } catch (java.io.IOException e) {
            root.warn("cannot prepare the log directory {}: {}", dir, e.getMessage());
        }
        RollingFileAppender<ILoggingEvent> appender = new PrivateRollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(dir.resolve("kiosk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(dir.resolve("kiosk.%d{yyyy-MM-dd, " + zone.getId() + "}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("500MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        return dir;
    }
}
