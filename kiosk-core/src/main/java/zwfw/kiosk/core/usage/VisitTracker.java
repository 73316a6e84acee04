package zwfw.kiosk.core.usage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.visit.Milestone;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.usage.VisitRecord.CaseResult;
import zwfw.kiosk.core.usage.VisitRecord.Identification;
import zwfw.kiosk.core.usage.VisitRecord.Outcome;
import zwfw.kiosk.core.usage.VisitRecord.Receipt;
import zwfw.kiosk.core.usage.VisitRecord.Stage;

/**
 * Follows one visit at a time through the visit's changes and makes its {@link VisitRecord} when it
 * ends. Reads the milestones, and of the states and the cause only their kinds (which step, which
 * kind of event), never the person or the form they may hold. Not thread-safe: fed in order by the
 * visit's one stream.
 */
final class VisitTracker {
    private final Clock clock;
    private final Supplier<String> language;
    private Open open;

    VisitTracker(Clock clock, Supplier<String> language) {
        this.clock = clock;
        this.language = language;
    }

    /** The visit's record when this change ended it, else null. */
    VisitRecord changed(VisitChange change) {
        VisitRecord finished = null;
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitStarted) {
                open = new Open(clock.instant(), change.after().elderly());
            } else if (open == null) {
                continue; // a visit already under way when counting began: not a whole visit
            } else if (m instanceof Milestone.ServiceChosen chosen) {
                open.service = chosen.serviceCode();
                open.department = change.cause() instanceof VisitEvent.Touched t && t.action() instanceof Action.ChooseService c
                        ? c.service().department() : null;
                open.reach(Stage.SERVICE_CHOSEN);
            } else if (m instanceof Milestone.CaseFiled filed) {
                open.caseResult = CaseResult.valueOf(filed.state().name());
                if (open.caseResult != CaseResult.REJECTED) {
                    open.reach(Stage.SUBMITTED);
                }
            } else if (m instanceof Milestone.EvaluationGiven given) {
                open.level = given.level();
                if (given.level() <= 2 && change.cause() instanceof VisitEvent.Touched t && t.action() instanceof Action.Rate r) {
                    open.badReasons = r.tags();
                }
            }
        }
        if (open != null) {
            follow(change);
        }
        for (Milestone m : change.milestones()) {
            if (m instanceof Milestone.VisitEnded ended && open != null) {
                finished = open.finish(clock.instant(), ended, change.before().step(), change.before().data().onBehalf(),
                        language.get());
                open = null;
            }
        }
        return finished;
    }

    /** What the step and the cause say of the visit's progress, identification, receipt and 长辈版. */
    private void follow(VisitChange change) {
        VisitEvent cause = change.cause();
        Step after = change.after().step();
        if (change.after().elderly()) {
            open.elderly = true;
        }
        if (after instanceof Step.Form) {
            open.reach(Stage.IDENTIFIED);
        } else if (after instanceof Step.Review) {
            open.reach(Stage.FORM_FILLED);
        } else if (after instanceof Step.Progress p && p.scans() > 0) {
            open.progressAnswered = true;
        }
        boolean identifiedNow = change.before().data().applicant() != change.after().data().applicant()
                || change.before().data().agent() != change.after().data().agent();
        if (open.identification == Identification.NONE && identifiedNow) {
            if (cause instanceof VisitEvent.CardRead) {
                open.identification = Identification.CARD;
            } else if (cause instanceof VisitEvent.QrLoginAnswered q && q.outcome() instanceof QrLogin.Outcome.Identified) {
                open.identification = Identification.QR_CODE;
            }
        }
        if (cause instanceof VisitEvent.PrintFinished p && change.before().step() instanceof Step.Result) {
            open.receipt = p.printed() ? Receipt.PRINTED : Receipt.SHOWN_AS_QR;
        }
    }

    /** The visit under way. */
    private static final class Open {
        private final Instant started;
        private boolean elderly;
        private Stage furthest = Stage.STARTED;
        private Identification identification = Identification.NONE;
        private String service;
        private String department;
        private CaseResult caseResult;
        private Receipt receipt = Receipt.NONE;
        private int level;
        private List<String> badReasons = List.of();
        private boolean progressAnswered;

        Open(Instant started, boolean elderly) {
            this.started = started;
            this.elderly = elderly;
        }

        void reach(Stage s) {
            if (s.compareTo(furthest) > 0) {
                furthest = s;
            }
        }

        VisitRecord finish(Instant ended, Milestone.VisitEnded end, Step lastStep, boolean agent, String language) {
            Outcome outcome;
            if (caseResult != null || progressAnswered || end.reason() == Milestone.EndReason.DONE) {
                outcome = Outcome.COMPLETED;
            } else {
                outcome = switch (end.reason()) {
                    case TIMEOUT -> Outcome.TIMED_OUT;
                    case LOCKED -> Outcome.INTERRUPTED;
                    default -> Outcome.ABANDONED;
                };
            }
            return new VisitRecord(started, ended.isBefore(started) ? started : ended, outcome, lastStep.name(), furthest,
                    identification, service, department, caseResult, receipt, level, badReasons, agent, elderly, language);
        }
    }
}
