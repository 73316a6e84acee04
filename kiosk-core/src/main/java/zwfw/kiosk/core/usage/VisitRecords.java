package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.util.function.Supplier;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * Turns the visit's stream of changes into {@link VisitRecord}s for a {@link VisitRecordListener},
 * by the same {@link VisitTracker} the usage store is fed by; so whoever listens sees each visit
 * end with the outcome, case result and evaluation the usage store records. Not thread-safe: fed in
 * order by the visit's one stream.
 */
public final class VisitRecords implements VisitListener {
    private final VisitTracker tracker;
    private final VisitRecordListener listener;

    /** {@code language}: the screen's language now, asked when a visit ends ("" when it does not matter). */
    public VisitRecords(Clock clock, Supplier<String> language, VisitRecordListener listener) {
        this.tracker = new VisitTracker(clock, language);
        this.listener = listener;
    }

    @Override
    public void changed(VisitChange change) {
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitStarted) {
                listener.visitStarted();
            }
        }
        VisitRecord finished = tracker.changed(change);
        if (finished != null) {
            listener.visitFinished(finished);
        }
    }
}
