package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.LocalDate;
import zwfw.kiosk.core.platform.HeartbeatReport;

/**
 * Today's counts for the heartbeat: sessions started, cases submitted, evaluations given. No
 * personal data, only numbers; they start again at midnight in the clock's zone (the kiosk's configured
 * zone, {@code KioskConfig.clock()}).
 */
public final class UsageToday {
    private final Clock clock;
    private LocalDate day;
    private int sessions;
    private int casesSubmitted;
    private int evaluations;

    public UsageToday(Clock clock) {
        this.clock = clock;
        this.day = today();
    }

    public synchronized void sessionStarted() {
        rollOver();
        sessions++;
    }

    public synchronized void caseSubmitted() {
        rollOver();
        casesSubmitted++;
    }

    public synchronized void evaluationGiven() {
        rollOver();
        evaluations++;
    }

    public synchronized HeartbeatReport.UsageToday snapshot() {
        rollOver();
        return new HeartbeatReport.UsageToday(sessions, casesSubmitted, evaluations);
    }

    private void rollOver() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            sessions = 0;
            casesSubmitted = 0;
            evaluations = 0;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
