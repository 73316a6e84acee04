package zwfw.kiosk.core.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zwfw.kiosk.core.visit.Visits.AGENT;
import static zwfw.kiosk.core.visit.Visits.APPLICANT;
import static zwfw.kiosk.core.visit.Visits.CERTIFICATE;
import static zwfw.kiosk.core.visit.Visits.FORM;
import static zwfw.kiosk.core.visit.Visits.card;
import static zwfw.kiosk.core.visit.Visits.locked;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.visit.Milestone.EndReason;
import zwfw.kiosk.core.visit.Step.Receipt;
import zwfw.kiosk.core.visit.VisitEvent.Action;

/** The visit's rules on whole journeys: what each step leads to, what it asks to be done, what it counts. */
class VisitRulesTest {

    private static Visits.Walk toReview(Visits.Walk w) {
        return w.touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY)).apply(card(APPLICANT))
                .touch(new Action.FormDone(FORM));
    }

    @Test
    void aCitizenFilesForThemselfGetsTheReceiptAndTheVisitEndsWithItsCaseReleased() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start());
        assertEquals(new Step.Home(), w.state.step());
        assertEquals(List.of(new Milestone.VisitStarted(1)), w.last.milestones());
        assertEquals(List.of(new VisitEffect.CheckPrinter()), w.last.effects(), "paper out is known before the review");

        w.touch(new Action.ChooseService(Visits.SELF_ONLY));
        assertEquals(Step.Identify.of(IdentifyRole.SELF), w.state.step(), "not a 代办 service: nobody is asked whose case");
        w.apply(card(APPLICANT));
        assertEquals(new Step.Form(), w.state.step());
        w.touch(new Action.FormDone(FORM));
        assertEquals(new Step.Review(false), w.state.step());

        w.touch(new Action.Confirm());
        VisitEffect.SubmitCase submit = w.effects(VisitEffect.SubmitCase.class).get(0);
        assertEquals(w.clientCaseId(), submit.draft().clientCaseId());
        CaseSubmission c = submit.draft().submission("KSK-1", java.time.Clock.systemUTC());
        assertEquals(withPhone(APPLICANT, "13800138000"), c.applicant(), "the card's holder, reached at the form's phone");
        assertNull(c.agent());
        assertEquals("13800138000", c.form().get("phone"));

        w.apply(new VisitEvent.CaseAnswered(w.visit(), Visits.delivered(submit.draft().clientCaseId())));
        assertEquals(new Step.Result(Receipt.PRINTING, ""), w.state.step());
        assertEquals(1, w.effects(VisitEffect.PrintReceipt.class).size());
        assertEquals(List.of(new Milestone.CaseFiled(1, "RS-0003", SubmitOutcome.State.DELIVERED)), w.last.milestones());

        w.apply(new VisitEvent.PrintFinished(w.visit(), true, null));
        assertEquals(new Step.Result(Receipt.PRINTED, ""), w.state.step());
        w.touch(new Action.Finish());
        assertEquals(new Step.Attract(), w.state.step());
        assertTrue(w.state.data().isEmpty());
        assertEquals(submit.draft().clientCaseId(), w.effects(VisitEffect.EndVisit.class).get(0).clientCaseId());
        assertEquals(List.of(new Milestone.VisitEnded(1, EndReason.DONE, "RS-0003", true)), w.last.milestones());
    }

    @Test
    void noCitizenIsInAVisitOnlyOnTheAttractAndOutOfServiceScreens() {
        Visits.Walk w = new Visits.Walk();
        assertTrue(w.state.noCitizen(), "attract");
        w.touch(new Action.Start());
        assertFalse(w.state.noCitizen(), "home: a citizen touched the screen");
        w.touch(new Action.ChooseService(Visits.SELF_ONLY));
        assertFalse(w.state.noCitizen(), "identify");
        w.apply(new VisitEvent.IdleTimeout());
        assertTrue(w.state.noCitizen(), "the citizen left");
        w.apply(locked(OutOfServiceReason.PLATFORM_LOCK));
        assertTrue(w.state.noCitizen(), "out of service");
    }

    @Test
    void aReceiptThatCannotBePrintedIsShownAsQrAndTheVisitsEndStillReleasesTheCase() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Confirm());
        String id = w.clientCaseId();
        w.apply(new VisitEvent.CaseAnswered(w.visit(), Visits.delivered(id)),
                new VisitEvent.PrintFinished(w.visit(), false, "result.receipt.paperOut"));
        assertEquals(new Step.Result(Receipt.SHOWN_AS_QR, "result.receipt.paperOut"), w.state.step());
        w.apply(new VisitEvent.IdleTimeout());
        assertEquals(id, w.effects(VisitEffect.EndVisit.class).get(0).clientCaseId());
    }

    @Test
    void theReviewWarnsWhileThePrinterIsKnownToBeOutOfPaperAndFollowsItsStatus() {
        Visits.Walk w = toReview(new Visits.Walk().apply(Visits.paperOut()));
        assertEquals(new Step.Review(true), w.state.step());
        w.apply(Visits.printer(null));
        assertEquals(new Step.Review(false), w.state.step(), "paper put back while the citizen reads");
        assertFalse(new VisitRules(false).initial().printerReady(), "no printer heard of: the receipt will be a QR code");
    }

    @Test
    void aRejectedCaseHasNoReceiptAndNoEvaluation() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), Visits.rejected(w.clientCaseId())));
        assertEquals(new Step.Result(Receipt.NONE, ""), w.state.step());
        assertTrue(w.effects(VisitEffect.PrintReceipt.class).isEmpty());
        w.touch(new Action.Evaluate());
        assertEquals(new Step.Result(Receipt.NONE, ""), w.state.step());
    }

    @Test
    void anEvaluationGoesToTheOutboxThenAThankYouEndsTheVisit() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Confirm());
        SubmitOutcome delivered = Visits.delivered(w.clientCaseId());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), delivered)).touch(new Action.Evaluate());
        assertEquals(new Step.Evaluate(), w.state.step());
        w.touch(new Action.Rate(0, List.of(), ""));
        assertEquals(new Step.Evaluate(), w.state.step(), "no level, no evaluation");
        w.touch(new Action.Rate(2, List.of(), " "));
        assertEquals(new Step.Evaluate(), w.state.step(), "a poor level without a reason is refused, as the platform would (§4: 400)");
        assertTrue(w.effects(VisitEffect.EnqueueEvaluation.class).isEmpty());
        w.touch(new Action.Rate(2, List.of("等待时间长"), "太慢"));
        assertEquals(List.of(new VisitEffect.EnqueueEvaluation(delivered, 2, List.of("等待时间长"), "太慢")),
                w.effects(VisitEffect.EnqueueEvaluation.class));
        assertEquals(new Step.Thanks(), w.state.step());
        assertTrue(w.last.milestones().contains(new Milestone.EvaluationGiven(1, "RS-0003", 2)));
        assertEquals(delivered, w.state.data().outcome(), "the thank-you shows the case number");
        w.touch(new Action.Finish());
        assertEquals(new Step.Attract(), w.state.step());
        assertEquals(List.of(new Milestone.VisitEnded(1, EndReason.DONE, "RS-0003", true)), w.last.milestones());
    }

    @Test
    void skippingTheEvaluationSendsNoneAndThanksAllTheSame() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Confirm());
        w.apply(new VisitEvent.CaseAnswered(w.visit(), Visits.delivered(w.clientCaseId()))).touch(new Action.Evaluate())
                .touch(new Action.SkipEvaluation());
        assertEquals(new Step.Thanks(), w.state.step());
        assertTrue(w.last.effects().stream().noneMatch(VisitEffect.EnqueueEvaluation.class::isInstance));
        assertTrue(w.last.milestones().isEmpty(), "nothing counted as an evaluation");
    }

    @Test
    void aCardOnTheAttractScreenStartsAVisitWithItsHolderIdentified() {
        Visits.Walk w = new Visits.Walk().apply(card(APPLICANT));
        assertEquals(new Step.Home(), w.state.step());
        assertEquals(APPLICANT, w.state.data().applicant());
        w.touch(new Action.ChooseService(Visits.SELF_ONLY));
        assertEquals(new Step.Form(), w.state.step(), "already identified");
    }

    @Test
    void aServiceWithoutIdentityGoesStraightToTheForm() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.ANONYMOUS));
        assertEquals(new Step.Form(), w.state.step());
    }

    @Test
    void aReceiptsCodeOnTheAttractScreenAsksForItsProgressAndEachScanThereIsAskedAgain() {
        Visits.Walk w = new Visits.Walk().apply(new VisitEvent.CodeScanned(Visits.RECEIPT_CODE));
        assertEquals(new Step.Progress(Visits.RECEIPT_CODE, 1), w.state.step());
        w.apply(new VisitEvent.CodeScanned(Visits.RECEIPT_CODE));
        assertEquals(new Step.Progress(Visits.RECEIPT_CODE, 2), w.state.step());
        Visits.Walk other = new Visits.Walk().apply(new VisitEvent.CodeScanned("hello"));
        assertEquals(new Step.Attract(), other.state.step(), "not a receipt: nothing starts");
    }

    @Test
    void aLoginCodeIsCheckedOnceAtATimeAndItsAnswerIdentifiesOrSaysWhyNot() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY));
        w.apply(new VisitEvent.CodeScanned(Visits.LOGIN_CODE));
        assertEquals(new Step.Identify(IdentifyRole.SELF, "", true), w.state.step());
        assertEquals(List.of(new VisitEffect.ExchangeQrLogin(1, Visits.LOGIN_CODE)), w.last.effects());
        w.apply(new VisitEvent.CodeScanned(Visits.LOGIN_CODE));
        assertTrue(w.last.effects().isEmpty(), "a second scan while checking is ignored");
        w.apply(new VisitEvent.QrLoginAnswered(1, new QrLogin.Outcome.NotAccepted("identify.qr.expired")));
        assertEquals(new Step.Identify(IdentifyRole.SELF, "identify.qr.expired", false), w.state.step());
        w.apply(new VisitEvent.CodeScanned(Visits.LOGIN_CODE),
                new VisitEvent.QrLoginAnswered(1, new QrLogin.Outcome.Identified(APPLICANT)));
        assertEquals(new Step.Form(), w.state.step());
        assertEquals(APPLICANT, w.state.data().applicant());
    }

    @Test
    void anUnreadableCardIsSaidOnTheIdentifyScreen() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY));
        w.apply(new VisitEvent.CardUnreadable());
        assertEquals(new Step.Identify(IdentifyRole.SELF, "identify.card.failed", false), w.state.step());
    }

    @Test
    void agentFilingIdentifiesTheAgentThenTheApplicantAndRefusesTheSamePersonTwice() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(CERTIFICATE));
        assertEquals(Step.Identify.of(IdentifyRole.SELF), w.state.step(), "for oneself by default");
        w.touch(new Action.OnBehalf());
        assertEquals(Step.Identify.of(IdentifyRole.AGENT), w.state.step());
        w.apply(card(AGENT));
        assertEquals(Step.Identify.of(IdentifyRole.APPLICANT), w.state.step());
        assertEquals(AGENT, w.state.data().agent());
        assertNull(w.state.data().applicant(), "the agent is not the applicant");

        VisitData before = w.state.data();
        w.apply(card(AGENT));
        assertEquals(new Step.Identify(IdentifyRole.APPLICANT, "identify.samePerson", false), w.state.step());
        assertEquals(before, w.state.data(), "the same person twice is refused");

        w.apply(card(APPLICANT)).touch(new Action.FormDone(FORM)).touch(new Action.Confirm());
        CaseSubmission c = w.effects(VisitEffect.SubmitCase.class).get(0).draft().submission("KSK-1", java.time.Clock.systemUTC());
        assertEquals(AGENT, c.agent());
        assertEquals(withPhone(APPLICANT, FORM.get("phone")), c.applicant());
    }

    private static zwfw.kiosk.core.platform.Person withPhone(zwfw.kiosk.core.platform.Person p, String phone) {
        return new zwfw.kiosk.core.platform.Person(p.name(), p.idType(), p.idNumber(), phone);
    }

    @Test
    void aCardReadOnTheHomeScreenFilesForItsHolderUnlessTheyChooseToFileOnSomeonesBehalfOnTheForm() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).apply(card(AGENT));
        assertEquals(new Step.Home("", false, 1), w.state.step(), "the card is taken on the service list, and shown");
        assertEquals(AGENT, w.state.data().applicant());
        w.touch(new Action.ChooseService(CERTIFICATE));
        assertEquals(new Step.Form(), w.state.step(), "for oneself, the card's holder is the applicant");
        assertNull(w.state.data().agent());
        w.touch(new Action.OnBehalf());
        assertEquals(Step.Identify.of(IdentifyRole.APPLICANT), w.state.step(), "the card's holder is the agent");
        assertEquals(AGENT, w.state.data().agent());
        assertNull(w.state.data().applicant());

        Visits.Walk selfOnly = new Visits.Walk().apply(card(AGENT)).touch(new Action.ChooseService(Visits.SELF_ONLY));
        selfOnly.touch(new Action.OnBehalf());
        assertEquals(new Step.Form(), selfOnly.state.step(), "a service without 代办 offers none");
        Visits.Walk identifySelfOnly = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY));
        identifySelfOnly.touch(new Action.OnBehalf());
        assertEquals(Step.Identify.of(IdentifyRole.SELF), identifySelfOnly.state.step());
    }

    @Test
    void aLoginCodeOnTheAttractOrHomeScreenIsCheckedThereAndItsPhoneFillsTheForm() {
        var withPhone = new zwfw.kiosk.core.platform.Person(APPLICANT.name(), APPLICANT.idType(), APPLICANT.idNumber(), "13912345678");
        Visits.Walk w = new Visits.Walk().apply(new VisitEvent.CodeScanned(Visits.LOGIN_CODE));
        assertEquals(new Step.Home("", true), w.state.step(), "a login code starts the visit");
        assertEquals(List.of(new VisitEffect.ExchangeQrLogin(1, Visits.LOGIN_CODE)),
                w.effects(VisitEffect.ExchangeQrLogin.class));
        w.apply(new VisitEvent.QrLoginAnswered(1, new QrLogin.Outcome.NotAccepted("identify.qr.expired")));
        assertEquals(new Step.Home("identify.qr.expired", false), w.state.step());
        w.apply(new VisitEvent.CodeScanned(Visits.LOGIN_CODE), new VisitEvent.QrLoginAnswered(1, new QrLogin.Outcome.Identified(withPhone)));
        assertEquals(new Step.Home("", false, 1), w.state.step());
        w.touch(new Action.ChooseService(CERTIFICATE));
        assertEquals(new Step.Form(), w.state.step());
        assertEquals("13912345678", w.state.data().form().get("phone"), "pre-filled from the identity");

        Visits.Walk typed = new Visits.Walk().apply(card(withPhone)).touch(new Action.ChooseService(CERTIFICATE))
                .touch(new Action.FormDone(FORM)).touch(new Action.Edit());
        assertEquals(FORM.get("phone"), typed.state.data().form().get("phone"), "what the citizen typed stays");
        Visits.Walk none = new Visits.Walk().apply(card(APPLICANT)).touch(new Action.ChooseService(CERTIFICATE));
        assertTrue(none.state.data().form().isEmpty(), "no phone in the identity: nothing filled");
    }

    @Test
    void anUnreadableCardOnTheHomeScreenIsSaidThereAndAReceiptsCodeOpensItsProgress() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).apply(new VisitEvent.CardUnreadable());
        assertEquals(new Step.Home("identify.card.failed", false), w.state.step());
        w.apply(new VisitEvent.CodeScanned(Visits.RECEIPT_CODE));
        assertEquals(new Step.Progress(Visits.RECEIPT_CODE, 1), w.state.step());
    }

    @Test
    void aCardThatWouldNotReadIsStillRemindedOfWhenTheVisitTimesOutOrEnds() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY))
                .apply(new VisitEvent.CardUnreadable(Belonging.ID_CARD)).apply(new VisitEvent.IdleTimeout());
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD)), w.state.step(), "it lies on the reader all the same");
        w.apply(new VisitEvent.CardTaken(Belonging.ID_CARD));
        assertEquals(new Step.Attract(), w.state.step());

        w.touch(new Action.Start()).apply(new VisitEvent.CardUnreadable(Belonging.SOCIAL_SECURITY_CARD))
                .apply(new VisitEvent.CardTaken(Belonging.SOCIAL_SECURITY_CARD)).touch(new Action.EndVisit());
        assertEquals(new Step.Attract(), w.state.step(), "taken before the end: nothing to remind of");
    }

    @Test
    void aCardLeftInTheReaderWhenTheVisitEndsIsShownAndSaidAndNeverStartsTheNextVisit() {
        Visits.Walk w = new Visits.Walk().apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD))
                .touch(new Action.ChooseService(Visits.SELF_ONLY)).apply(new VisitEvent.IdleTimeout());
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD)), w.state.step());
        assertTrue(w.state.noCitizen());
        assertTrue(w.state.data().isEmpty(), "the holder is dropped with the visit");
        assertEquals(List.of(new VisitEffect.Speak("takeYourThings")), w.effects(VisitEffect.Speak.class), "said, not only shown");

        w.apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD));
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD)), w.state.step(), "read again where it lies: ignored");
        assertEquals(1, w.visit());
        w.touch(new Action.Start());
        assertEquals(new Step.Home(), w.state.step(), "the next citizen starts");
        assertNull(w.state.data().applicant(), "not with the card left there");
        w.touch(new Action.ChooseService(Visits.SELF_ONLY));
        assertEquals(Step.Identify.of(IdentifyRole.SELF), w.state.step());
        w.apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD));
        assertNull(w.state.data().applicant(), "still the card left behind");
        w.apply(new VisitEvent.CardTaken(Belonging.ID_CARD), new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD));
        assertEquals(APPLICANT, w.state.data().applicant(), "taken and put down again: this citizen's card");
    }

    @Test
    void theReminderGoesWhenTheCardIsTakenAndNoReminderWhenItWasTakenBefore() {
        Visits.Walk w = new Visits.Walk().apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD),
                new VisitEvent.CardRead(AGENT, Belonging.SOCIAL_SECURITY_CARD)).touch(new Action.EndVisit());
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD, Belonging.SOCIAL_SECURITY_CARD)), w.state.step());
        w.apply(new VisitEvent.CardTaken(Belonging.SOCIAL_SECURITY_CARD));
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD)), w.state.step());
        w.apply(new VisitEvent.CardTaken(Belonging.ID_CARD));
        assertEquals(new Step.Attract(), w.state.step());

        Visits.Walk taken = new Visits.Walk().apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD),
                new VisitEvent.CardTaken(Belonging.ID_CARD)).touch(new Action.EndVisit());
        assertEquals(new Step.Attract(), taken.state.step());
        assertTrue(taken.effects(VisitEffect.Speak.class).isEmpty());

        Visits.Walk locked = new Visits.Walk().apply(new VisitEvent.CardRead(APPLICANT, Belonging.ID_CARD))
                .apply(locked(OutOfServiceReason.STAFF_LOCK)).touch(new Action.EndVisit());
        assertEquals(new Step.TakeYourThings(java.util.Set.of(Belonging.ID_CARD)), locked.state.step(), "reminded before out of service");
        locked.apply(new VisitEvent.CardTaken(Belonging.ID_CARD));
        assertEquals(new Step.OutOfService(), locked.state.step());
    }

    @Test
    void aStaffLockLetsTheCitizenFinishThenTheKioskIsOutOfService() {
        Visits.Walk w = toReview(new Visits.Walk());
        w.apply(locked(OutOfServiceReason.STAFF_LOCK));
        assertEquals(new Step.Review(false), w.state.step(), "the visit goes on");
        assertTrue(w.last.effects().isEmpty());
        w.touch(new Action.EndVisit());
        assertEquals(new Step.OutOfService(), w.state.step());
        w.touch(new Action.Start()).apply(card(APPLICANT));
        assertEquals(new Step.OutOfService(), w.state.step(), "no visit starts while out of service");
        w.apply(locked());
        assertEquals(new Step.Attract(), w.state.step());
    }

    @Test
    void thePlatformsLockEndsTheVisitAtOnce() {
        Visits.Walk w = toReview(new Visits.Walk());
        w.apply(locked(OutOfServiceReason.PLATFORM_LOCK, OutOfServiceReason.DEVICE_DOWN));
        assertEquals(new Step.OutOfService(), w.state.step());
        assertTrue(w.state.data().isEmpty());
        assertEquals(1, w.effects(VisitEffect.EndVisit.class).size());
        assertEquals(List.of(new Milestone.VisitEnded(1, EndReason.LOCKED, "RS-0003", false)), w.last.milestones());
        Visits.Walk failed = toReview(new Visits.Walk()).apply(locked(OutOfServiceReason.START_FAILED));
        assertEquals(new Step.OutOfService(), failed.state.step());
    }

    @Test
    void aCaseAnsweredAfterItsVisitTimedOutIsReleasedAndNeverShownToTheNextCitizen() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Confirm());
        String id = w.clientCaseId();
        long first = w.visit();
        w.apply(new VisitEvent.IdleTimeout());
        assertNull(w.effects(VisitEffect.EndVisit.class).get(0).clientCaseId(), "not answered yet: nothing to release");
        w.touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY)).apply(card(AGENT))
                .touch(new Action.FormDone(FORM)).touch(new Action.Confirm());
        Step waiting = w.state.step();

        w.apply(new VisitEvent.CaseAnswered(first, Visits.delivered(id)));
        assertEquals(waiting, w.state.step(), "the next citizen's visit is untouched");
        assertNull(w.state.data().outcome());
        assertEquals(id, w.effects(VisitEffect.EndVisit.class).get(0).clientCaseId(), "the first visit's case is released");
    }

    @Test
    void theCitizenEndingTheVisitCountsAnAbandonedServiceAndDropsEverything() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ChooseService(Visits.SELF_ONLY));
        w.touch(new Action.EndVisit());
        assertEquals(new Step.Attract(), w.state.step());
        assertEquals(List.of(new Milestone.VisitEnded(1, EndReason.ENDED_BY_CITIZEN, "RS-0003", false)), w.last.milestones());
        w.touch(new Action.Start());
        assertEquals(2, w.state.number(), "each visit has its own number");
    }

    @Test
    void elderlyModeSpeaksEachNewStepAndEndsWithTheVisit() {
        Visits.Walk w = new Visits.Walk().touch(new Action.Start()).touch(new Action.ElderlyMode(true));
        assertTrue(w.state.elderly());
        assertEquals(List.of(new VisitEffect.Speak("home")), w.last.effects());
        w.touch(new Action.ChooseService(Visits.SELF_ONLY));
        assertEquals(List.of(new VisitEffect.Speak("identify")), w.last.effects());
        w.touch(new Action.EndVisit());
        assertFalse(w.state.elderly(), "the next visit starts as configured");
        assertTrue(w.last.effects().contains(new VisitEffect.StopSpeaking()));
        w.touch(new Action.ElderlyMode(true));
        assertEquals(List.of(new VisitEffect.Speak("attract")), w.last.effects(), "also on the attract screen (for staff, screenshots)");
        w.touch(new Action.ElderlyMode(false));
        assertEquals(List.of(new VisitEffect.StopSpeaking()), w.last.effects());

        VisitRules always = new VisitRules(true);
        Transition t = always.apply(always.initial(), Visits.touch(new Action.Start()));
        assertTrue(t.next().elderly());
        assertTrue(t.effects().contains(new VisitEffect.Speak("home")));
    }

    @Test
    void reviewsEditGoesBackToTheFormWithTheAnswersKept() {
        Visits.Walk w = toReview(new Visits.Walk()).touch(new Action.Edit());
        assertEquals(new Step.Form(), w.state.step());
        assertEquals(FORM, w.state.data().form());
    }
}
