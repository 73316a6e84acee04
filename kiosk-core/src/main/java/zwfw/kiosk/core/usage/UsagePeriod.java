package zwfw.kiosk.core.usage;

import java.time.Instant;

/**
 * A stretch of time the kiosk could not fully serve: a device not ready, the platform unreachable,
 * or the kiosk out of service for a reason. {@code end} is null while it lasts.
 *
 * @param subject the device id, {@link #PLATFORM}, or the out-of-service reason's name
 * @param detail  the device's condition (e.g. {@code PAPER_OUT}) or state; "" when none
 */
public record UsagePeriod(Kind kind, String subject, String detail, Instant start, Instant end) {
    /** The subject of offline periods. */
    public static final String PLATFORM = "platform";

    public UsagePeriod {
        detail = detail == null ? "" : detail;
    }

    public enum Kind {
        DEVICE_FAULT, OFFLINE, OUT_OF_SERVICE
    }

    /** The milliseconds of this period inside [from, to), an open period lasting until {@code now}. */
    public long millisWithin(Instant from, Instant to, Instant now) {
        Instant e = end == null ? now : end;
        Instant a = start.isAfter(from) ? start : from;
        Instant b = e.isBefore(to) ? e : to;
        return b.isAfter(a) ? b.toEpochMilli() - a.toEpochMilli() : 0;
    }
}
