package zwfw.kiosk.core.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Every time staff read (kioskctl's output, the diagnostics bundle), in the configured zone ({@code kiosk.timeZone}),
 * never the machine's: JSON gets ISO-8601 with the zone's offset, people get {@code 2026-11-29 23:05:10 +08:00}.
 */
public final class ShownTime {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private ShownTime() {
    }

    /** {@code 2026-11-29T23:05:10.123+08:00} (seconds always written); null stays null. */
    public static String json(Instant at, ZoneId zone) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }

    /** An ISO-8601 time with an offset or {@code Z} (stored or sent by the platform), moved to {@code zone}; unreadable text stays as it is. */
    public static String json(String iso, ZoneId zone) {
        OffsetDateTime t = parse(iso);
        return t == null ? iso : json(t.toInstant(), zone);
    }

    /** {@code 2026-11-29 23:05:10 +08:00}; null stays null. */
    public static String human(Instant at, ZoneId zone) {
        return at == null ? null : HUMAN.format(at.atZone(zone));
    }

    /** An ISO-8601 time with an offset or {@code Z}, for people, in {@code zone}; unreadable text stays as it is. */
    public static String human(String iso, ZoneId zone) {
        OffsetDateTime t = parse(iso);
        return t == null ? iso : human(t.toInstant(), zone);
    }

    private static OffsetDateTime parse(String iso) {
        if (iso == null || iso.length() > 64) { // a bound before reading: no time is longer
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
