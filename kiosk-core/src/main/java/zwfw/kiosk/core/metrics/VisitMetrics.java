package zwfw.kiosk.core.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import zwfw.kiosk.core.usage.VisitRecord;
import zwfw.kiosk.core.usage.VisitRecordListener;

/**
 * The counters Prometheus reads of visits, fed by the very records the usage store keeps
 * ({@link zwfw.kiosk.core.usage.VisitRecords}): visits started, visits ended by {@link VisitRecord.Outcome},
 * cases by service and {@link VisitRecord.CaseResult}, evaluations by level. So a day's counters
 * agree with that day's usage figures on the admin screen and in the reports.
 */
public final class VisitMetrics implements VisitRecordListener {
    private final Counter visitsStarted;
    private final Counter visits;
    private final Counter cases;
    private final Counter evaluations;
    private final BoundedLabel services = new BoundedLabel("[A-Za-z0-9_-]{1,32}", 200);

    public VisitMetrics(PrometheusRegistry registry) {
        visitsStarted = Counter.builder().name("kiosk_visits_started").help("Visits started (a touch or a card on the attract screen)")
                .register(registry);
        visits = Counter.builder().name("kiosk_visits")
                .help("Visits ended, by outcome as the usage reports count them: completed (a case filed, a progress query "
                        + "answered, or finished), abandoned (返回首页), timed_out, interrupted (a platform lock or a failure)")
                .labelNames("outcome").register(registry);
        for (VisitRecord.Outcome o : VisitRecord.Outcome.values()) {
            visits.labelValues(label(o)); // every outcome from 0, so rates and alerts see the series from the start
        }
        cases = Counter.builder().name("kiosk_cases").help("Visits that filed a case, by service code and the case's result "
                        + "(delivered, queued, rejected)")
                .labelNames("service", "result").register(registry);
        evaluations = Counter.builder().name("kiosk_evaluations").help("Evaluations (好差评) given, by level 1 (worst) to 5")
                .labelNames("level").register(registry);
        for (int level = 1; level <= 5; level++) {
            evaluations.labelValues(String.valueOf(level));
        }
    }

    @Override
    public void visitStarted() {
        visitsStarted.inc();
    }

    @Override
    public void visitFinished(VisitRecord record) {
        visits.labelValues(label(record.outcome())).inc();
        if (record.caseResult() != null && record.serviceCode() != null) {
            cases.labelValues(services.of(record.serviceCode()), label(record.caseResult())).inc();
        }
        if (record.evaluationLevel() >= 1 && record.evaluationLevel() <= 5) {
            evaluations.labelValues(String.valueOf(record.evaluationLevel())).inc();
        }
    }

    /** The label value of an enum of the usage records: its name in lower case (COMPLETED → completed). */
    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
