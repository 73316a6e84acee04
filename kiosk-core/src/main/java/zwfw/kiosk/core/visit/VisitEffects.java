package zwfw.kiosk.core.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.core.cases.CaseDraft;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.lifecycle.WorkLanes;
import zwfw.kiosk.core.outbox.CaseSubmitter;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.receipt.ReceiptFacts;
import zwfw.kiosk.drivers.printer.PrintRefusal;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;

/**
 * Carries out the visit's effects off the screen's thread and feeds their answers back to the
 * visit as events. The case's work (submit, print, evaluation, the visit's end) runs in order on
 * one thread, so a receipt is printed before the visit's end releases its case; quick platform and
 * device questions run on another, speech on a third. Closing lets work already handed over finish,
 * up to a limit: an evaluation given a moment before shutdown still reaches the outbox.
 */
public final class VisitEffects implements Consumer<VisitEffect>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(VisitEffects.class);
    /** How long a submission waits for the platform before the citizen is told "queued". */
    static final Duration SUBMIT_WAIT = Duration.ofSeconds(8);
    private static final Duration DRAIN = Duration.ofSeconds(10);

    /** Where the kiosk stands, as printed on its receipts. */
    public record Kiosk(String id, String centreName, Clock clock) {
    }

    private final Visit visit;
    private final Outbox outbox;
    private final CaseSubmitter submitter;
    private final QrLogin qrLogin;
    private final ReceiptPrinter printer;
    private final Kiosk kiosk;
    private final Speaker speaker;
    private final ExecutorService cases = lane("kiosk-visit-cases");
    private final ExecutorService questions = lane("kiosk-visit-questions");
    private final ExecutorService speech = lane("kiosk-visit-speech");

    /** {@code printer} is null when the kiosk has none (receipts are then shown as QR codes). */
    public VisitEffects(Visit visit, Outbox outbox, CaseSubmitter submitter, QrLogin qrLogin, ReceiptPrinter printer,
                        Kiosk kiosk, Speaker speaker) {
        this.visit = visit;
        this.outbox = outbox;
        this.submitter = submitter;
        this.qrLogin = qrLogin;
        this.printer = printer;
        this.kiosk = kiosk;
        this.speaker = speaker;
    }

    /** Hands one effect to its thread; returns at once. */
    @Override
    public void accept(VisitEffect effect) {
        if (effect instanceof VisitEffect.SubmitCase e) {
            run(cases, () -> submit(e));
        } else if (effect instanceof VisitEffect.PrintReceipt e) {
            run(cases, () -> print(e));
        } else if (effect instanceof VisitEffect.EnqueueEvaluation e) {
            run(cases, () -> evaluation(e));
        } else if (effect instanceof VisitEffect.EndVisit e) {
            run(cases, () -> end(e));
        } else if (effect instanceof VisitEffect.ExchangeQrLogin e) {
            run(questions, () -> visit.accept(new VisitEvent.QrLoginAnswered(e.visit(), qrLogin.exchange(e.code()))));
        } else if (effect instanceof VisitEffect.CheckPrinter) {
            if (printer != null) {
                run(questions, printer::queryStatus); // the device tells its listeners; the visit hears DeviceChanged
            }
        } else if (effect instanceof VisitEffect.Speak e) {
            run(speech, () -> speaker.say(e.step()));
        } else if (effect instanceof VisitEffect.StopSpeaking) {
            run(speech, speaker::stop);
        }
    }

    /**
     * The one place a case leaves the visit: committed to the outbox on the cases lane (a disk
     * write), then answered as {@link VisitEvent.CaseAnswered} when the delivery worker has tried it
     * once, or as queued after {@link #SUBMIT_WAIT}; the lane is free meanwhile. A case that cannot
     * even be saved is answered as rejected: nothing was promised.
     */
    private void submit(VisitEffect.SubmitCase e) {
        CaseDraft draft = e.draft();
        CompletableFuture<SubmitOutcome> outcome;
        try {
            outcome = submitter.submit(draft.submission(kiosk.id(), kiosk.clock()));
        } catch (RuntimeException ex) {
            log.error("case {} could not be saved: {}", draft.clientCaseId(), ex.getMessage());
            outcome = CompletableFuture.completedFuture(new SubmitOutcome(draft.clientCaseId(), SubmitOutcome.State.REJECTED,
                    null, null, null, "result.saveFailed", "保存失败，请联系工作人员"));
        }
        outcome.completeOnTimeout(SubmitOutcome.queued(draft.clientCaseId()), SUBMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenAcceptAsync(o -> visit.accept(new VisitEvent.CaseAnswered(e.visit(), o)), cases); // not on the worker's thread
    }

    private void print(VisitEffect.PrintReceipt e) {
        String problem = printProblem(receipt(e));
        visit.accept(new VisitEvent.PrintFinished(e.visit(), problem == null, problem));
    }

    /** Prints; null when printed, else the message key of why not. */
    private String printProblem(ReceiptFacts facts) {
        if (printer == null) {
            return "result.receipt.noPrinter";
        }
        try {
            if (printer.queryStatus().paper() == PrinterStatus.Paper.OUT) {
                return "result.receipt.paperOut";
            }
            PrintResult r = printer.print(ReceiptDocuments.caseReceipt(facts));
            if (r.isPrinted() && !r.mayBeIncomplete()) {
                return null;
            }
            log.warn("receipt not printed: {}", r.refusalReason().map(Object::toString).orElse("incomplete"));
            return r.refusalReason().orElse(null) == PrintRefusal.PAPER_OUT ? "result.receipt.paperOut" : "result.receipt.failed";
        } catch (RuntimeException ex) {
            log.warn("receipt not printed: {}", ex.getMessage());
            return "result.receipt.failed";
        }
    }

    private ReceiptFacts receipt(VisitEffect.PrintReceipt e) {
        OffsetDateTime now = OffsetDateTime.now(kiosk.clock());
        SubmitOutcome o = e.outcome();
        Person applicant = e.applicant();
        String name = applicant == null ? null : applicant.name();
        String id = applicant == null ? null : applicant.idNumber();
        ReceiptFacts facts = o.state() == SubmitOutcome.State.DELIVERED
                ? ReceiptFacts.accepted(kiosk.centreName(), e.service().name().zh(), o.caseNo(), name, id, now,
                        o.dueDate() == null ? null : LocalDate.parse(o.dueDate().substring(0, 10)), kiosk.id(), o.queryUrl())
                : ReceiptFacts.queued(kiosk.centreName(), e.service().name().zh(), o.clientCaseId(), name, id, now, kiosk.id());
        return e.agent() == null ? facts : facts.withAgent(e.agent().name(), e.agent().idNumber());
    }

    /** What the receipt's QR code holds, for the result screen to show when it cannot be printed. */
    public static String receiptCode(SubmitOutcome o, String kioskId) {
        return switch (o.state()) {
            case DELIVERED -> o.queryUrl() == null ? "" : o.queryUrl();
            case QUEUED -> ReceiptFacts.localCaseLink(kioskId, o.clientCaseId());
            case REJECTED -> "";
        };
    }

    private void evaluation(VisitEffect.EnqueueEvaluation e) {
        EvaluationSubmission s = new EvaluationSubmission(UUID.randomUUID().toString(), e.outcome().caseNo(), kiosk.id(),
                e.level(), List.copyOf(e.tags()), e.comment(), CaseDraft.submittedAt(kiosk.clock()));
        outbox.enqueueEvaluation(s, e.outcome().clientCaseId());
    }

    /**
     * The visit is over, however it ended: its pages are zeroed and the outbox told that the visit no
     * longer needs its case's personal data (purged there once the case is answered).
     */
    private void end(VisitEffect.EndVisit e) {
        e.ended().pages().wipe();
        if (e.clientCaseId() != null) {
            try {
                if (!outbox.visitEnded(e.clientCaseId())) {
                    log.info("case {} was never saved: nothing to release", e.clientCaseId());
                }
            } catch (RuntimeException ex) {
                // The backstop (outbox.personalDataHours) purges it later.
                log.warn("case {} not released: {}", e.clientCaseId(), ex.getMessage());
            }
        }
    }

    private static void run(ExecutorService lane, Runnable work) {
        WorkLanes.run(lane, work, log, "visit work");
    }

    private static ExecutorService lane(String name) {
        return WorkLanes.lane(name);
    }

    /** Finishes what was handed over (up to a limit), then stops. */
    @Override
    public void close() {
        for (ExecutorService lane : List.of(questions, speech, cases)) {
            lane.shutdown();
        }
        try {
            if (!cases.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("visit work still running after {} ms at shutdown; interrupting it", DRAIN.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ExecutorService lane : List.of(questions, speech, cases)) {
            lane.shutdownNow();
        }
    }
}
