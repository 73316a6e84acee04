package zwfw.kiosk.drivers.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A device's state at one moment, with an optional kind-specific condition code
 * (for example {@code PAPER_NEAR_END}, {@code PAPER_OUT}, {@code COVER_OPEN}) and a
 * human-readable detail for staff. Never carries personal data.
 */
public record DeviceStatus(DeviceState state, String condition, String detail, Instant since) {

    public DeviceStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
        since = since == null ? Instant.now() : since;
    }

    public static DeviceStatus of(DeviceState state) {
        return new DeviceStatus(state, null, "", Instant.now());
    }

    public static DeviceStatus of(DeviceState state, String condition, String detail) {
        return new DeviceStatus(state, condition, detail, Instant.now());
    }

    /** What the heartbeat reports: the condition where there is one, else the state. */
    public String reportedState() {
        return condition != null ? condition : state.name();
    }

    /** Same state, condition and detail (ignores {@link #since}). */
    public boolean sameAs(DeviceStatus other) {
        return other != null && state == other.state && Objects.equals(condition, other.condition)
                && detail.equals(other.detail);
    }
}
