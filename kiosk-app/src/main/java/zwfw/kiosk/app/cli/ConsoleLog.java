package zwfw.kiosk.app.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.privacy.logging.MaskingPatternLayout;

/**
 * kioskctl's log lines on standard error: stack traces only with {@code --verbose}. Without it a
 * log line keeps its message and drops the trace, so a failure reads as one line, not thirty.
 */
final class ConsoleLog {
    /** The console pattern of logback.xml, without its implied stack trace. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

    private ConsoleLog() {
    }

    static void stackTraces(boolean show) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Appender<ILoggingEvent> a = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        if (a instanceof ConsoleAppender<ILoggingEvent> console
                && console.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder) {
            MaskingPatternLayout layout = new MaskingPatternLayout();
            layout.setContext(ctx);
            layout.setPattern(show ? PATTERN : PATTERN + "%nopex");
            layout.start();
            encoder.setLayout(layout);
        }
    }
}
