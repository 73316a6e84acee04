package zwfw.kiosk.core.usage;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * Counts usage from the visit's one stream of changes: today's numbers for the heartbeat
 * ({@link UsageToday}), the per-service daily counts and, through {@link VisitTracker}, one
 * {@link VisitRecord} per finished visit ({@link VisitRecords}) and the out-of-service periods ({@link UsageRecorder}), so
 * no screen counts anything itself. Only numbers and service codes: no personal data.
 */
public final class UsageCounter implements VisitListener {
    private final UsageToday today;
    private final UsageRecorder daily;
    private final VisitRecords visits;

    public UsageCounter(UsageToday today, UsageRecorder daily) {
        this(today, daily, () -> "");
    }

    /** {@code language}: the screen's language now ("zh", "en"), asked when a visit ends. */
    public UsageCounter(UsageToday today, UsageRecorder daily, Supplier<String> language) {
        this.today = today;
        this.daily = daily;
        this.visits = new VisitRecords(daily.clock(), language).tell(daily::recordVisit);
    }

    /** The records of visits this counter stores, for others to hear the same ones (the metrics: {@link VisitRecords#tell}). */
    public VisitRecords records() {
        return visits;
    }

    @Override
    public void changed(VisitChange change) {
        change.milestones().forEach(this::count);
        visits.changed(change);
        Set<OutOfServiceReason> was = change.before().outOfService();
        Set<OutOfServiceReason> is = change.after().outOfService();
        if (!was.equals(is)) {
            for (OutOfServiceReason r : EnumSet.allOf(OutOfServiceReason.class)) {
                if (was.contains(r) != is.contains(r)) {
                    daily.period(UsagePeriod.Kind.OUT_OF_SERVICE, r.name(), "", is.contains(r));
                }
            }
        }
    }

    private void count(Milestone m) {
        if (m instanceof Milestone.VisitStarted) {
            today.sessionStarted();
            daily.record(UsageEvent.SESSION_STARTED, null);
        } else if (m instanceof Milestone.ServiceChosen chosen) {
            daily.record(UsageEvent.SERVICE_CHOSEN, chosen.serviceCode());
        } else if (m instanceof Milestone.CaseFiled filed && filed.state() != SubmitOutcome.State.REJECTED) {
            today.caseSubmitted();
            daily.record(UsageEvent.CASE_SUBMITTED, filed.serviceCode());
        } else if (m instanceof Milestone.EvaluationGiven) {
            today.evaluationGiven();
        } else if (m instanceof Milestone.VisitEnded ended && !ended.caseFiled() && ended.serviceCode() != null) {
            // A service chosen and left without a case: abandoned, by the citizen or on the timeout.
            if (ended.reason() == Milestone.EndReason.TIMEOUT) {
                daily.record(UsageEvent.ABANDONED_TIMEOUT, ended.serviceCode());
            } else if (ended.reason() == Milestone.EndReason.ENDED_BY_CITIZEN) {
                daily.record(UsageEvent.ABANDONED_ENDED, ended.serviceCode());
            }
        }
    }
}
