package zwfw.kiosk.core.visit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.cases.CaseDraft;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.scan.ScanClassifier;
import zwfw.kiosk.core.scan.ScanKind;
import zwfw.kiosk.core.visit.Milestone.EndReason;
import zwfw.kiosk.core.visit.Step.Receipt;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.printer.PrinterDeviceStatus;

/**
 * The citizen's visit as a function: (state, event) → (next state, effects, milestones). No I/O,
 * no clock, no threads: everything slow is an effect whose answer comes back as an event. Each
 * step takes the events it understands and leaves the state unchanged for the rest.
 *
 * <pre>
 * attract ─tap/card─► home (card/code) ─service─► [identify (代办: agent, applicant)] ─► form ⇄ review ─► submitting ─► result ─► [evaluation (rate/skip) ─► thanks] ─► attract | take your card
 *    │  └─receipt's code─► progress                                                        (返回首页 / idle timeout / platform LOCK end any visit)
 *    └─ out of service ◄─ locks, devices down (a visit under way finishes first, but for a platform LOCK or a failed start)
 * </pre>
 */
public final class VisitRules {
    private static final ScanClassifier SCANS = new ScanClassifier();
    private final boolean elderlyByDefault;
    private final EndingRules endings;

    /** {@code elderlyByDefault}: each visit starts in 长辈版 ({@code ui.elderlyModeByDefault}). */
    public VisitRules(boolean elderlyByDefault) {
        this.elderlyByDefault = elderlyByDefault;
        this.endings = new EndingRules(elderlyByDefault);
    }

    /** The state before the first visit. */
    public VisitState initial() {
        return VisitState.initial(elderlyByDefault);
    }

    public Transition apply(VisitState s, VisitEvent e) {
        Change c = new Change(s);
        if (e instanceof VisitEvent.CardTaken taken) {
            cardTaken(c, taken.card());
            return c.done();
        }
        if (e instanceof VisitEvent.CardRead read && read.card() != null) {
            if (s.leftBehind().contains(read.card())) {
                return c.done(); // the last citizen's card, read again where it lies: never the next citizen's
            }
            c.state = c.state.cards(plus(s.cards(), read.card()), s.leftBehind());
        }
        if (e instanceof VisitEvent.CardUnreadable unread && unread.card() != null) { // on the reader all the same
            c.state = c.state.cards(plus(s.cards(), unread.card()), s.leftBehind());
        }
        if (e instanceof VisitEvent.ServiceChanged sc) {
            serviceChanged(c, sc);
        } else if (e instanceof VisitEvent.DeviceChanged dc) {
            deviceChanged(c, dc);
        } else if (e instanceof VisitEvent.Answer a && (a.visit() != s.number() || !s.step().inVisit())) {
            answerOfAnEndedVisit(c, a);
        } else if (action(e) instanceof Action.ElderlyMode mode) {
            elderly(c, mode.on());
        } else if (s.step().inVisit() && ends(c, e)) {
            // handled the same on every step of a visit
        } else {
            byStep(c, e);
        }
        return c.done();
    }

    private void byStep(Change c, VisitEvent e) {
        Step step = c.state.step();
        if (step instanceof Step.Attract || step instanceof Step.TakeYourThings) {
            attract(c, e); // the next citizen may start while the reminder shows
        } else if (step instanceof Step.Home h) {
            home(c, h, e);
        } else if (step instanceof Step.Identify i) {
            identify(c, i, e);
        } else if (step instanceof Step.Form) {
            form(c, e);
        } else if (step instanceof Step.Review) {
            review(c, e);
        } else if (step instanceof Step.Submitting) {
            submitting(c, e);
        } else if (step instanceof Step.Result r) {
            result(c, r, e);
        } else if (step instanceof Step.Evaluate) {
            endings.evaluate(c, e);
        } else if (step instanceof Step.Thanks) {
            endings.thanks(c, e);
        } else if (step instanceof Step.Progress p) {
            progress(c, p, e);
        }
        // Step.OutOfService takes nothing: ServiceChanged brings the kiosk back.
    }

    private void attract(Change c, VisitEvent e) {
        if (e instanceof VisitEvent.Touched t && t.action() instanceof Action.Start) {
            start(c, VisitData.empty(), new Step.Home());
        } else if (e instanceof VisitEvent.CardRead card) {
            start(c, VisitData.identified(card.person()), new Step.Home());
        } else if (e instanceof VisitEvent.CodeScanned scan && isReceipt(scan.text())) {
            // A receipt held to the scanner asks for its case's progress.
            start(c, VisitData.empty(), new Step.Progress(scan.text(), 1));
        } else if (e instanceof VisitEvent.CodeScanned scan && SCANS.classify(scan.text()).kind() == ScanKind.LOGIN_TOKEN) {
            // A login code shown to the scanner starts a visit and is checked at once.
            start(c, VisitData.empty(), new Step.Home("", true));
            c.effects.add(new VisitEffect.ExchangeQrLogin(c.state.number(), scan.text()));
        }
    }

    private void start(Change c, VisitData data, Step first) {
        c.state = c.state.next(first, data);
        c.milestones.add(new Milestone.VisitStarted(c.state.number()));
        c.effects.add(new VisitEffect.CheckPrinter());
    }

    /**
     * The service list takes a card or a login code already, so the citizen who puts the card down
     * first is identified when they choose; filing for oneself is the default (代办 is offered on the
     * identify screen and on the form).
     */
    private void home(Change c, Step.Home step, VisitEvent e) {
        VisitData d = c.state.data();
        if (action(e) instanceof Action.ChooseService choose) {
            ServiceItem service = choose.service();
            c.milestones.add(new Milestone.ServiceChosen(c.state.number(), service.code()));
            identifyOrForm(c, d.choosing(service).forSelf());
        } else if (action(e) instanceof Action.OpenProgress) {
            c.state = c.state.at(new Step.Progress(null, 0));
        } else if (e instanceof VisitEvent.CardRead card) {
            c.state = c.state.with(new Step.Home("", step.checking(), step.identities() + 1), d.withApplicant(card.person()));
        } else if (e instanceof VisitEvent.CardUnreadable) {
            c.state = c.state.at(new Step.Home("identify.card.failed", step.checking(), step.identities()));
        } else if (e instanceof VisitEvent.CodeScanned scan && isReceipt(scan.text())) {
            c.state = c.state.at(new Step.Progress(scan.text(), 1));
        } else if (e instanceof VisitEvent.CodeScanned scan && !step.checking()) {
            c.state = c.state.at(new Step.Home("", true, step.identities()));
            c.effects.add(new VisitEffect.ExchangeQrLogin(c.state.number(), scan.text()));
        } else if (e instanceof VisitEvent.QrLoginAnswered answer && step.checking()) {
            QrLogin.Outcome outcome = answer.outcome();
            if (outcome instanceof QrLogin.Outcome.Identified id) {
                c.state = c.state.with(new Step.Home("", false, step.identities() + 1), d.withApplicant(id.person()));
            } else {
                c.state = c.state.at(new Step.Home(outcome instanceof QrLogin.Outcome.NotAccepted na ? na.messageKey()
                        : "identify.qr.unavailable", false, step.identities()));
            }
        }
    }

    private void identifyOrForm(Change c, VisitData d) {
        boolean needsIdentity = d.service().requiresIdentity() && d.applicant() == null;
        c.state = needsIdentity ? c.state.with(Step.Identify.of(IdentifyRole.SELF), d) : toForm(c.state, d);
    }

    /** The form, with the phone pre-filled where the identity carries one (a QR login). */
    private static VisitState toForm(VisitState s, VisitData d) {
        return s.with(new Step.Form(), d.withIdentityPhone());
    }

    /**
     * "为他人代办": whoever identified already is the one at the kiosk, so the agent; the applicant
     * comes next. Only for a service that allows it, before a case is filed for someone else.
     */
    private void onBehalf(Change c) {
        VisitData d = c.state.data().onBehalfOf();
        c.state = c.state.with(Step.Identify.of(d.agent() != null ? IdentifyRole.APPLICANT : IdentifyRole.AGENT), d);
    }

    private void identify(Change c, Step.Identify step, VisitEvent e) {
        if (action(e) instanceof Action.OnBehalf && step.role() == IdentifyRole.SELF && allowsAgent(c.state.data())) {
            onBehalf(c);
        } else if (e instanceof VisitEvent.CardRead card) {
            identified(c, step, card.person());
        } else if (e instanceof VisitEvent.CardUnreadable) {
            c.state = c.state.at(new Step.Identify(step.role(), "identify.card.failed", step.checking()));
        } else if (e instanceof VisitEvent.CodeScanned scan && !step.checking()) {
            c.state = c.state.at(new Step.Identify(step.role(), "", true));
            c.effects.add(new VisitEffect.ExchangeQrLogin(c.state.number(), scan.text()));
        } else if (e instanceof VisitEvent.QrLoginAnswered answer && step.checking()) {
            QrLogin.Outcome outcome = answer.outcome();
            if (outcome instanceof QrLogin.Outcome.Identified id) {
                identified(c, step, id.person());
            } else if (outcome instanceof QrLogin.Outcome.NotAccepted na) {
                c.state = c.state.at(new Step.Identify(step.role(), na.messageKey(), false));
            } else {
                c.state = c.state.at(new Step.Identify(step.role(), "identify.qr.unavailable", false));
            }
        }
    }

    /** For 代办 the first person is the agent, the second the applicant, never the same person twice. */
    private void identified(Change c, Step.Identify step, Person person) {
        VisitData d = c.state.data();
        if (d.onBehalf() && d.agent() == null) {
            c.state = c.state.with(Step.Identify.of(IdentifyRole.APPLICANT), d.withAgent(person));
        } else if (d.onBehalf() && d.isAgent(person)) {
            c.state = c.state.at(new Step.Identify(step.role(), "identify.samePerson", false));
        } else {
            VisitData withApplicant = d.withApplicant(person);
            c.state = withApplicant.service() != null ? toForm(c.state, withApplicant) : c.state.with(new Step.Home(), withApplicant);
        }
    }

    private void form(Change c, VisitEvent e) {
        VisitData d = c.state.data();
        if (action(e) instanceof Action.FormDone done) {
            c.state = c.state.with(new Step.Review(!c.state.printerReady(), DocumentRules.documentAsQr(c.state, d.service())),
                    d.withForm(done.values()));
        } else if (action(e) instanceof Action.OnBehalf && allowsAgent(d) && !d.onBehalf() && d.applicant() != null) {
            onBehalf(c); // identified on the home screen, then chose 代办: the card's holder is the agent
        }
    }

    /** Whether "为他人代办" is offered: the service allows it and needs an identity. */
    public static boolean allowsAgent(VisitData d) {
        return d.service() != null && d.service().allowsAgent() && d.service().requiresIdentity();
    }

    private void review(Change c, VisitEvent e) {
        if (action(e) instanceof Action.Confirm) {
            VisitData d = c.state.data();
            ServiceItem service = d.service();
            CaseDraft draft = CaseDraft.of(service.code(), service.form(), d.applicant(), d.onBehalf() ? d.agent() : null,
                    d.form(), d.pages().names(), d.pages().attachments());
            c.state = c.state.at(new Step.Submitting(draft.clientCaseId()));
            c.effects.add(new VisitEffect.SubmitCase(c.state.number(), draft));
        } else if (action(e) instanceof Action.Edit) {
            c.state = c.state.at(new Step.Form());
        }
    }

    private void submitting(Change c, VisitEvent e) {
        if (e instanceof VisitEvent.CaseAnswered answer) {
            SubmitOutcome outcome = answer.outcome();
            VisitData d = c.state.data().withOutcome(outcome);
            c.milestones.add(new Milestone.CaseFiled(c.state.number(), d.service().code(), outcome.state()));
            if (outcome.state() == SubmitOutcome.State.REJECTED) {
                c.state = c.state.with(new Step.Result(Receipt.NONE, ""), d);
            } else {
                c.state = c.state.with(new Step.Result(Receipt.PRINTING, "", DocumentRules.submitted(c.state, d, c.effects)), d);
                c.effects.add(new VisitEffect.PrintReceipt(c.state.number(), d.service(), d.applicant(),
                        d.onBehalf() ? d.agent() : null, outcome));
            }
        }
    }

    private void result(Change c, Step.Result step, VisitEvent e) {
        if (DocumentRules.result(c.state, step, e, next -> c.state = next)) {
            // the documents of a DOCUMENT case: progress, then printed or shown as QR
        } else if (e instanceof VisitEvent.PrintFinished printed && step.receipt() == Receipt.PRINTING) {
            c.state = c.state.at(printed.printed() ? new Step.Result(Receipt.PRINTED, "", step.documents())
                    : new Step.Result(Receipt.SHOWN_AS_QR, printed.problemKey(), step.documents()));
        } else if (action(e) instanceof Action.Evaluate && c.state.data().outcome().state() != SubmitOutcome.State.REJECTED) {
            c.state = c.state.at(new Step.Evaluate());
        } else if (action(e) instanceof Action.Finish) {
            end(c, EndReason.DONE);
        }
    }

    private void progress(Change c, Step.Progress step, VisitEvent e) {
        if (e instanceof VisitEvent.CodeScanned scan) {
            c.state = c.state.at(new Step.Progress(scan.text(), step.scans() + 1));
        }
    }

    /** 返回首页 and the idle timeout end a visit on every one of its steps. */
    private boolean ends(Change c, VisitEvent e) {
        if (e instanceof VisitEvent.IdleTimeout) {
            end(c, EndReason.TIMEOUT);
        } else if (action(e) instanceof Action.EndVisit) {
            end(c, EndReason.ENDED_BY_CITIZEN);
        } else {
            return false;
        }
        return true;
    }

    /** 长辈版 may be switched on any screen; switched on, the current step's prompt is said. */
    private void elderly(Change c, boolean on) {
        if (c.state.elderly() == on) {
            return;
        }
        c.state = c.state.elderly(on);
        c.effects.add(on ? new VisitEffect.Speak(c.state.step().name()) : new VisitEffect.StopSpeaking());
    }

    private static Set<Belonging> plus(Set<Belonging> set, Belonging b) {
        EnumSet<Belonging> all = EnumSet.noneOf(Belonging.class);
        all.addAll(set);
        all.add(b);
        return all;
    }

    private void serviceChanged(Change c, VisitEvent.ServiceChanged e) {
        c.state = c.state.serving(e.reasons());
        Step step = c.state.step();
        if (step.inVisit()) {
            if (e.reasons().contains(OutOfServiceReason.PLATFORM_LOCK) || e.reasons().contains(OutOfServiceReason.START_FAILED)) {
                end(c, EndReason.LOCKED);
            }
            // Staff locks and devices down let the citizen finish; the visit's end shows out of service.
        } else if (!(step instanceof Step.TakeYourThings)) { // the reminder stays until the card is taken
            c.state = c.state.at(c.state.inService() ? new Step.Attract() : new Step.OutOfService());
        }
    }

    private void deviceChanged(Change c, VisitEvent.DeviceChanged e) {
        if (e.kind() == DeviceKind.DOCUMENT_PRINTER) {
            c.state = c.state.documentPrinter(DocumentRules.canPrint(e.status()));
        } else if (e.kind() == DeviceKind.RECEIPT_PRINTER) {
            c.state = c.state.printer(!PrinterDeviceStatus.PAPER_OUT.equals(e.status().condition()));
        } else {
            return;
        }
        if (c.state.step() instanceof Step.Review) {
            c.state = c.state.at(new Step.Review(!c.state.printerReady(), DocumentRules.documentAsQr(c.state, c.state.data().service())));
        }
    }

    /** A case answered after its visit ended (timeout, lock): the outbox may drop its personal data once delivered. */
    private void answerOfAnEndedVisit(Change c, VisitEvent.Answer a) {
        if (a instanceof VisitEvent.CaseAnswered answer) {
            c.effects.add(new VisitEffect.EndVisit(VisitData.empty(), answer.outcome().clientCaseId()));
        }
    }

    private void end(Change c, EndReason reason) {
        endings.end(c, reason);
    }

    private void cardTaken(Change c, Belonging card) {
        endings.cardTaken(c, card);
    }

    static Action action(VisitEvent e) {
        return e instanceof VisitEvent.Touched t ? t.action() : null;
    }

    private static boolean isReceipt(String text) {
        ScanKind k = SCANS.classify(text).kind();
        return k == ScanKind.CASE_QUERY || k == ScanKind.LOCAL_CASE;
    }

    /** The transition being built; speaks the new step's prompt in 长辈版. */
    static final class Change {
        private final VisitState before;
        VisitState state;
        final List<VisitEffect> effects = new ArrayList<>();
        final List<Milestone> milestones = new ArrayList<>();

        Change(VisitState before) {
            this.before = before;
            this.state = before;
        }

        Transition done() {
            boolean newScreen = state.number() != before.number() || !state.step().name().equals(before.step().name());
            if (newScreen && state.elderly()) {
                effects.add(new VisitEffect.Speak(state.step().name()));
            }
            return new Transition(state, effects, milestones);
        }
    }
}
