package zwfw.kiosk.core.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * The binder between the visit's stream of {@link Milestone}s and the counters Prometheus reads: visits
 * started and ended by outcome, cases by service and result, evaluations by level. Its only input is
 * that stream (as the usage counter's), so switching it to the usage events is this one class.
 */
public final class VisitMetrics implements VisitListener {
    private final Counter visitsStarted;
    private final Counter visits;
    private final Counter cases;
    private final Counter evaluations;
    private final BoundedLabel services = new BoundedLabel("[A-Za-z0-9_-]{1,32}", 200);

    public VisitMetrics(PrometheusRegistry registry) {
        visitsStarted = Counter.builder().name("kiosk_visits_started").help("Visits started (a touch or a card on the attract screen)")
                .register(registry);
        visits = Counter.builder().name("kiosk_visits")
                .help("Visits ended, by outcome: completed (finished, or a case filed), abandoned (返回首页), timed_out, locked")
                .labelNames("outcome").register(registry);
        for (Milestone.EndReason r : Milestone.EndReason.values()) {
            visits.labelValues(outcome(r, false)); // every outcome from 0, so rates and alerts see the series from the start
        }
        cases = Counter.builder().name("kiosk_cases").help("Cases committed, by service code and result (delivered, queued, rejected)")
                .labelNames("service", "result").register(registry);
        evaluations = Counter.builder().name("kiosk_evaluations").help("Evaluations (好差评) given, by level 1 (worst) to 5")
                .labelNames("level").register(registry);
        for (int level = 1; level <= 5; level++) {
            evaluations.labelValues(String.valueOf(level));
        }
    }

    @Override
    public void changed(VisitChange change) {
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitStarted) {
                visitsStarted.inc();
            } else if (m instanceof Milestone.VisitEnded ended) {
                visits.labelValues(outcome(ended.reason(), ended.caseFiled())).inc();
            } else if (m instanceof Milestone.CaseFiled filed) {
                cases.labelValues(services.of(filed.serviceCode()), filed.state().name().toLowerCase(Locale.ROOT)).inc();
            } else if (m instanceof Milestone.EvaluationGiven given && given.level() >= 1 && given.level() <= 5) {
                evaluations.labelValues(String.valueOf(given.level())).inc();
            }
        }
    }

    /** A visit that filed a case is completed however the citizen left the result screen; a lock ends any visit as locked. */
    static String outcome(Milestone.EndReason reason, boolean caseFiled) {
        if (caseFiled && reason != Milestone.EndReason.LOCKED) {
            return "completed";
        }
        return switch (reason) {
            case DONE -> "completed";
            case ENDED_BY_CITIZEN -> "abandoned";
            case TIMEOUT -> "timed_out";
            case LOCKED -> "locked";
        };
    }
}
