package zwfw.kiosk.core.help;

import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitListener;

/**
 * Closes the citizen's help request when their visit ends (done, 返回首页, timeout, lock): staff are not sent to a
 * kiosk whose citizen has gone, and the next citizen does not see the last one's answer. Subscribe it to the visit;
 * it only hands the DELETE to {@link HelpRequests}' own thread, so it never blocks the visit.
 */
public final class HelpEndsWithVisit implements VisitListener {
    private final HelpRequests help;

    public HelpEndsWithVisit(HelpRequests help) {
        this.help = help;
    }

    @Override
    public void changed(VisitChange change) {
        if (change.milestones().stream().anyMatch(Milestone.VisitEnded.class::isInstance)) {
            help.cancel();
        }
    }
}
