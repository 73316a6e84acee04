package zwfw.kiosk.core.visit;

import java.util.EnumSet;
import java.util.Set;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.visit.Milestone.EndReason;
import zwfw.kiosk.core.visit.VisitEvent.Action;

/**
 * The visit's endings: the evaluation (好差评) and its thanks, the end of a visit for any reason (what it held is
 * dropped), and the reminder to take the cards left on the readers until they are taken. Kept apart from
 * {@link VisitRules}, which calls these where a visit ends.
 */
final class EndingRules {
    private final boolean elderlyByDefault;

    /** {@code elderlyByDefault}: the mode the kiosk returns to after a visit ({@code ui.elderlyModeByDefault}). */
    EndingRules(boolean elderlyByDefault) {
        this.elderlyByDefault = elderlyByDefault;
    }

    /**
     * The evaluation step: a rating of 1 to 5 is sent, then thanks; skipping goes to thanks too. A level of 1 or 2
     * without a reason or comment stays here: the platform answers it 400 (§4), so it would be counted and lost.
     */
    void evaluate(VisitRules.Change c, VisitEvent e) {
        if (VisitRules.action(e) instanceof Action.Rate rate && acceptable(rate)) {
            SubmitOutcome outcome = c.state.data().outcome();
            c.effects.add(new VisitEffect.EnqueueEvaluation(outcome, rate.level(), rate.tags(), rate.comment()));
            c.milestones.add(new Milestone.EvaluationGiven(c.state.number(), c.state.data().service().code(), rate.level()));
            c.state = c.state.at(new Step.Thanks());
        } else if (VisitRules.action(e) instanceof Action.SkipEvaluation) {
            c.state = c.state.at(new Step.Thanks());
        }
    }

    private static boolean acceptable(Action.Rate rate) {
        return rate.level() >= 3 && rate.level() <= 5
                || rate.level() >= 1 && rate.level() <= 2 && (!rate.tags().isEmpty() || !rate.comment().isBlank());
    }

    /** The thanks step: finishing ends the visit. */
    void thanks(VisitRules.Change c, VisitEvent e) {
        if (VisitRules.action(e) instanceof Action.Finish) {
            end(c, EndReason.DONE);
        }
    }

    /** Ends the visit: what it held is dropped (pages zeroed, the case's personal data released), back to attract. */
    void end(VisitRules.Change c, EndReason reason) {
        VisitState s = c.state;
        VisitData d = s.data();
        c.milestones.add(new Milestone.VisitEnded(s.number(), reason, d.service() == null ? null : d.service().code(),
                d.outcome() != null));
        c.effects.add(new VisitEffect.EndVisit(d, d.outcome() == null ? null : d.outcome().clientCaseId()));
        if (s.elderly()) {
            c.effects.add(new VisitEffect.StopSpeaking());
        }
        Set<Belonging> left = s.cards();
        Step idle = !left.isEmpty() ? new Step.TakeYourThings(left) : s.inService() ? new Step.Attract() : new Step.OutOfService();
        c.state = new VisitState(s.number(), idle, VisitData.empty(), s.outOfService(), s.printerReady(), elderlyByDefault,
                s.documentPrinterReady(), left, left);
        if (!left.isEmpty() && !elderlyByDefault) {
            c.effects.add(new VisitEffect.Speak(idle.name())); // said in every mode (长辈版 says every new screen anyway)
        }
    }

    /** A card taken off its reader: forgotten no more; the reminder goes once nothing is left. */
    void cardTaken(VisitRules.Change c, Belonging card) {
        VisitState s = c.state;
        c.state = s.cards(minus(s.cards(), card), minus(s.leftBehind(), card));
        if (s.step() instanceof Step.TakeYourThings t) {
            Set<Belonging> left = minus(t.left(), card);
            c.state = c.state.at(!left.isEmpty() ? new Step.TakeYourThings(left)
                    : c.state.inService() ? new Step.Attract() : new Step.OutOfService());
        }
    }

    private static Set<Belonging> minus(Set<Belonging> set, Belonging b) {
        EnumSet<Belonging> all = EnumSet.noneOf(Belonging.class);
        all.addAll(set);
        all.remove(b);
        return all;
    }
}
