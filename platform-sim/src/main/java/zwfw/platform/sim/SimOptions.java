package zwfw.platform.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * How a simulator runs.
 *
 * @param port          0 for any free port on 127.0.0.1
 * @param dataDir       where its SQLite store lives
 * @param secrets       kiosk id to shared secret, the kiosks it knows
 * @param faults        faults injected into the kiosk API
 * @param reviewStep    time from ACCEPTED to IN_REVIEW, and again from IN_REVIEW to COMPLETED
 * @param clock         the platform's clock (tests move it to provoke TIMESTAMP_SKEW or expire tokens)
 * @param zone          time zone of the answers (Asia/Shanghai)
 * @param largeBodyBudgetMiB MiB of bodies over 1 MiB read and processed at once ({@link BodyBudget}; default 72)
 */
public record SimOptions(int port, Path dataDir, Map<String, String> secrets, Faults faults, Duration reviewStep,
                         Clock clock, ZoneId zone, int largeBodyBudgetMiB) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public SimOptions {
        secrets = Map.copyOf(secrets);
    }

    /** The options as they were before the large-body budget existed: the default budget. */
    public SimOptions(int port, Path dataDir, Map<String, String> secrets, Faults faults, Duration reviewStep,
                      Clock clock, ZoneId zone) {
        this(port, dataDir, secrets, faults, reviewStep, clock, zone, HttpLimits.DEFAULT_LARGE_BODY_BUDGET_MIB);
    }

    public static SimOptions of(int port, Path dataDir, String kioskId, String secret) {
        return new SimOptions(port, dataDir, Map.of(kioskId, secret), Faults.none(), Duration.ofMinutes(2),
                Clock.system(CHINA), CHINA);
    }

    public SimOptions withFaults(Faults f) {
        return new SimOptions(port, dataDir, secrets, f, reviewStep, clock, zone, largeBodyBudgetMiB);
    }

    public SimOptions withReviewStep(Duration step) {
        return new SimOptions(port, dataDir, secrets, faults, step, clock, zone, largeBodyBudgetMiB);
    }

    public SimOptions withClock(Clock c) {
        return new SimOptions(port, dataDir, secrets, faults, reviewStep, c, zone, largeBodyBudgetMiB);
    }

    /** Accepts these kiosks (id to secret) instead. */
    public SimOptions withKiosks(Map<String, String> kiosks) {
        return new SimOptions(port, dataDir, kiosks, faults, reviewStep, clock, zone, largeBodyBudgetMiB);
    }

    public SimOptions withLargeBodyBudgetMiB(int mib) {
        return new SimOptions(port, dataDir, secrets, faults, reviewStep, clock, zone, mib);
    }
}
