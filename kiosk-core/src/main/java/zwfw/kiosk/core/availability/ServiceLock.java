package zwfw.kiosk.core.availability;

import java.time.Instant;
import java.util.Objects;
import zwfw.kiosk.core.privacy.PersonalDataMasker;

/**
 * One lock record: who holds it, why (staff's words, one line), through which channel it was set
 * ({@code kioskctl}, {@code screen}, {@code platform}; never a person's name) and when.
 */
public record ServiceLock(LockHolder holder, String reason, String by, Instant at) {
    /** Longest reason kept; staff write a few words, not a report. */
    public static final int MAX_REASON = 200;

    public ServiceLock {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(at, "at");
        reason = oneLine(reason);
        by = by == null || by.isBlank() ? "unknown" : oneLine(by);
    }

    /**
     * The reason on one line, without control characters, at most {@link #MAX_REASON} characters, with
     * anything shaped like an ID or mobile number masked: staff sometimes type a caller's number.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = PersonalDataMasker.mask(text.replaceAll("\\p{Cntrl}+", " ").strip());
        return flat.length() > MAX_REASON ? flat.substring(0, MAX_REASON) : flat;
    }
}
