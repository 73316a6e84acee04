package zwfw.kiosk.core.visit;

import java.util.List;
import zwfw.kiosk.core.cases.CaseDraft;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;

/**
 * Work the rules ask for and never do themselves: device, disk and network calls, speech. An
 * executor carries them out off the screen's thread; what comes of them returns as a
 * {@link VisitEvent.Answer} naming the visit that asked.
 */
public sealed interface VisitEffect {

    /** Ask the receipt printer for its status now, so the review screen knows of paper out in time. */
    record CheckPrinter() implements VisitEffect {
    }

    /** Exchange a scanned login code with the platform → {@link VisitEvent.QrLoginAnswered}. */
    record ExchangeQrLogin(long visit, String code) implements VisitEffect {
        @Override
        public String toString() {
            return "ExchangeQrLogin[visit=" + visit + "]";
        }
    }

    /** Commit the case to the outbox and let delivery try it → {@link VisitEvent.CaseAnswered}. */
    record SubmitCase(long visit, CaseDraft draft) implements VisitEffect {
    }

    /** Print the receipt of the case → {@link VisitEvent.PrintFinished}. {@code agent} is null but for 代办. */
    record PrintReceipt(long visit, ServiceItem service, Person applicant, Person agent, SubmitOutcome outcome) implements VisitEffect {
    }

    /**
     * Fetch the documents of a delivered DOCUMENT case and print {@code copies} of each on the A4 printer →
     * {@link VisitEvent.DocumentProgress}, then {@link VisitEvent.DocumentsFinished}.
     */
    record PrintDocuments(long visit, SubmitOutcome outcome, int copies) implements VisitEffect {
    }

    /** Put the citizen's evaluation of the case in the outbox. */
    record EnqueueEvaluation(SubmitOutcome outcome, int level, List<String> tags, String comment) implements VisitEffect {
        @Override
        public String toString() {
            return "EnqueueEvaluation[" + outcome.clientCaseId() + ", level=" + level + "]";
        }
    }

    /** Say the prompt of a step (长辈版): {@code step} is the step's name. */
    record Speak(String step) implements VisitEffect {
    }

    /** Stop speaking (长辈版 switched off, or the visit ended). */
    record StopSpeaking() implements VisitEffect {
    }

    /**
     * The visit is over: zero its pages and tell the outbox that the visit no longer needs the
     * personal data of its case ({@code clientCaseId}, null when no case was committed).
     */
    record EndVisit(VisitData ended, String clientCaseId) implements VisitEffect {
    }
}
