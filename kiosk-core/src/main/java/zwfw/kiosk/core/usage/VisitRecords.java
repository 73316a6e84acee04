package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * Turns the visit's stream of changes into {@link VisitRecord}s, by one {@link VisitTracker}, for every
 * {@link VisitRecordListener} told: the usage store and the metrics hear the very same records, so they
 * count each visit with the same outcome, case result and evaluation. Fed in order by the visit's one
 * stream; listeners may be added from any thread.
 */
public final class VisitRecords implements VisitListener {
    private final VisitTracker tracker;
    private final List<VisitRecordListener> listeners = new CopyOnWriteArrayList<>();
    /** Those that heard the visit under way start: a listener added during a visit hears whole visits only, from the next. */
    private List<VisitRecordListener> hearingThisVisit = List.of();

    /** {@code language}: the screen's language now, asked when a visit ends ("" when it does not matter). */
    public VisitRecords(Clock clock, Supplier<String> language) {
        this.tracker = new VisitTracker(clock, language);
    }

    /** Tells {@code listener} of every visit from the next start on; returns these records. */
    public VisitRecords tell(VisitRecordListener listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public void changed(VisitChange change) {
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitStarted) {
                hearingThisVisit = List.copyOf(listeners);
                hearingThisVisit.forEach(VisitRecordListener::visitStarted);
            }
        }
        VisitRecord finished = tracker.changed(change);
        if (finished != null) {
            hearingThisVisit.forEach(l -> l.visitFinished(finished));
        }
    }
}
