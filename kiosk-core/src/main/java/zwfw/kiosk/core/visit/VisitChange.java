package zwfw.kiosk.core.visit;

import java.util.List;

/**
 * One accepted event, as the visit publishes it: the state before and after, the event that caused
 * it, and what happened ({@link Milestone}s, which hold no personal data). The states and the
 * event may hold personal data in memory; their {@code toString()} masks it.
 */
public record VisitChange(VisitState before, VisitEvent cause, VisitState after, List<Milestone> milestones) {
    public VisitChange {
        milestones = List.copyOf(milestones);
    }

    /** Whether the step changed (another screen, or the same screen with something new to show). */
    public boolean stepChanged() {
        return !before.step().equals(after.step()) || before.number() != after.number();
    }
}
