package zwfw.kiosk.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.privacy.logging.MaskingPatternLayout;

/**
 * kioskctl's log lines on standard error: stack traces only with {@code --verbose}. Without it a
 * log line keeps its message and drops the trace, so a failure reads as one line, not thirty.
 */
final class ConsoleLog {
    /** The console pattern of logback.xml, without its implied stack trace. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";

    private static final java.util.concurrent.atomic.AtomicBoolean QUIET = new java.util.concurrent.atomic.AtomicBoolean();
    private static final Filter<ILoggingEvent> QUIET_FILTER = new Filter<>() {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            return QUIET.get() && !event.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    };

    static {
        QUIET_FILTER.start();
    }

    private ConsoleLog() {
    }

    /**
     * Without --verbose only errors reach the console, without their traces: a device's warning
     * ("PORT_BUSY") would only repeat the command's own one-line reason. With it, the configured
     * level (WARN by default) and full traces.
     */
    static void stackTraces(boolean show) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Appender<ILoggingEvent> a = ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        if (a == null) {
            return;
        }
        QUIET.set(!show);
        if (!a.getCopyOfAttachedFiltersList().contains(QUIET_FILTER)) {
            a.addFilter(QUIET_FILTER);
        }
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
