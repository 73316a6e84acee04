package zwfw.kiosk.core.visit;

import java.util.List;

/** What an event does: the next state, the work to do, and what happened (for counting). */
public record Transition(VisitState next, List<VisitEffect> effects, List<Milestone> milestones) {
    public Transition {
        effects = List.copyOf(effects);
        milestones = List.copyOf(milestones);
    }

    /** The event was not accepted here: nothing changes. */
    public static Transition unchanged(VisitState s) {
        return new Transition(s, List.of(), List.of());
    }
}
