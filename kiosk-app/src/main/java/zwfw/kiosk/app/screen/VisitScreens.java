package zwfw.kiosk.app.screen;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.evaluation.EvaluationView;
import zwfw.kiosk.app.screen.evaluation.EvaluationViewModel;
import zwfw.kiosk.app.screen.evaluation.ThanksView;
import zwfw.kiosk.app.screen.form.CameraPages;
import zwfw.kiosk.app.screen.form.FormView;
import zwfw.kiosk.app.screen.form.FormViewModel;
import zwfw.kiosk.app.screen.home.HomeView;
import zwfw.kiosk.app.screen.home.HomeViewModel;
import zwfw.kiosk.app.screen.identify.IdentifyView;
import zwfw.kiosk.app.screen.identify.IdentifyViewModel;
import zwfw.kiosk.app.screen.progress.ProgressView;
import zwfw.kiosk.app.screen.progress.ProgressViewModel;
import zwfw.kiosk.app.screen.reminder.TakeYourThingsView;
import zwfw.kiosk.app.screen.result.ResultView;
import zwfw.kiosk.app.screen.result.ResultViewModel;
import zwfw.kiosk.app.screen.review.ReviewView;
import zwfw.kiosk.app.screen.review.ReviewViewModel;
import zwfw.kiosk.app.screen.submitting.SubmittingView;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.core.receipt.PersonalDataMask;
import zwfw.kiosk.core.visit.IdentifyRole;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.core.visit.VisitEffects;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.core.visit.VisitRules;
import zwfw.kiosk.core.visit.VisitState;
import zwfw.kiosk.drivers.camera.DocumentCamera;

/**
 * The screen of each step of the visit, built from the visit's state; the screens' touches become
 * {@link VisitEvent.Touched} events and nothing else, so screens never call each other. Where a step
 * only changes what its screen says (a problem on identify, the receipt on result, a scan on
 * progress, the printer's paper on review), the screen on the window is updated instead of rebuilt.
 * FX thread only.
 */
final class VisitScreens {
    private final Messages messages;
    private final Messages chinese = new Messages(Messages.CHINESE);
    private final KioskAssembly assembly;
    private final String kioskId;
    private final ScreenWork work;
    private final BooleanProperty elderly;
    private final Consumer<VisitEvent> visit;
    private final Screen attract;
    private final javafx.beans.value.ObservableBooleanValue offline;
    private final zwfw.kiosk.core.config.UiSettings ui;
    private IdentifyViewModel identify;
    private HomeViewModel home;
    private ReviewViewModel review;
    private ResultViewModel result;
    private ProgressViewModel progress;

    VisitScreens(Messages messages, KioskAssembly assembly, String kioskId, zwfw.kiosk.core.config.UiSettings ui, ScreenWork work,
                 BooleanProperty elderly, Consumer<VisitEvent> visit, Screen attract) {
        this.messages = messages;
        this.ui = ui;
        this.assembly = assembly;
        this.kioskId = kioskId;
        this.work = work;
        this.elderly = elderly;
        this.visit = visit;
        this.attract = attract;
        this.offline = assembly == null ? new javafx.beans.property.SimpleBooleanProperty(false)
                : zwfw.kiosk.app.screen.home.OfflineFlag.following(assembly.platform().reach());
    }

    /** The screen that shows {@code s}. */
    Screen screenFor(VisitState s) {
        Step step = s.step();
        VisitData d = s.data();
        identify = null;
        home = null;
        review = null;
        result = null;
        progress = null;
        if (step instanceof Step.Home h) {
            home = new HomeViewModel(messages, assembly.catalog().current(), assembly.usageLog(), elderly,
                    service -> touch(new Action.ChooseService(service)), () -> touch(new Action.OpenProgress()));
            home.offlineProperty().bind(offline); // DOCUMENT services greyed out while the platform does not answer
            homeIdentity(h, d);
            return new HomeView(home, bar());
        } else if (step instanceof Step.Identify i) {
            String agent = i.role() == IdentifyRole.APPLICANT && d.agent() != null ? PersonalDataMask.name(d.agent().name()) : null;
            identify = new IdentifyViewModel(messages, i.role(), agent,
                    i.role() == IdentifyRole.SELF && VisitRules.allowsAgent(d) ? onBehalf() : null);
            identify.show(i.problemKey(), i.checking());
            return new IdentifyView(identify, bar());
        } else if (step instanceof Step.Form) {
            CameraPages camera = new CameraPages(assembly.device(DocumentCamera.class).orElse(null), new PageEncoder());
            FormViewModel form = new FormViewModel(messages, d.service(), d.form(), elderly,
                    values -> touch(new Action.FormDone(values)), d.pages(), camera, work);
            form.offerOnBehalf(VisitRules.allowsAgent(d) && !d.onBehalf() && d.applicant() != null ? onBehalf() : null);
            return new FormView(form, bar());
        } else if (step instanceof Step.Review r) {
            review = new ReviewViewModel(messages, d.service(), d.applicant(), d.onBehalf() ? d.agent() : null, d.form(),
                    r.receiptAsQr(), () -> touch(new Action.Confirm()), () -> touch(new Action.Edit()));
            review.documentPrinterOutProperty().set(r.documentAsQr());
            return new ReviewView(review, bar());
        } else if (step instanceof Step.Submitting) {
            return new SubmittingView(messages.text("submitting.text"));
        } else if (step instanceof Step.Result r) {
            result = new ResultViewModel(messages, d.outcome(), VisitEffects.receiptCode(d.outcome(), kioskId),
                    () -> touch(new Action.Evaluate()), () -> touch(new Action.Finish()));
            receipt(r);
            return new ResultView(result);
        } else if (step instanceof Step.Evaluate) {
            return new EvaluationView(new EvaluationViewModel(messages, (level, tagKeys, comment) -> {
                List<String> tags = tagKeys.stream().map(chinese::get).toList(); // the platform gets the reasons in Chinese
                touch(new Action.Rate(level, tags, comment));
            }).onLeave(() -> touch(new Action.SkipEvaluation()), () -> touch(new Action.EndVisit())));
        } else if (step instanceof Step.Thanks) {
            return new ThanksView(messages, ResultViewModel.caseLine(messages, d.outcome()), ui.thanksShown(s.elderly()),
                    () -> touch(new Action.Finish()));
        } else if (step instanceof Step.Progress p) {
            progress = new ProgressViewModel(messages, no -> assembly.platform().caseStatus(no),
                    ref -> assembly.outbox().entry(ref), work);
            if (p.scanned() != null) {
                progress.scanned(p.scanned());
            }
            return new ProgressView(progress, bar());
        }
        if (step instanceof Step.TakeYourThings t) {
            return new TakeYourThingsView(messages, t.left(), () -> touch(new Action.Start()));
        }
        return attract; // attract and out of service: the attract screen says which
    }

    /** Shows {@code now} on the screen of {@code shown} when only what it says changed; false when another screen is needed. */
    boolean update(Step shown, VisitState now) {
        Step step = now.step();
        if (step instanceof Step.Home h && shown instanceof Step.Home && home != null) {
            homeIdentity(h, now.data());
        } else if (step instanceof Step.Identify i && shown instanceof Step.Identify was && was.role() == i.role() && identify != null) {
            identify.show(i.problemKey(), i.checking());
        } else if (step instanceof Step.Review r && shown instanceof Step.Review && review != null) {
            review.printerOutProperty().set(r.receiptAsQr());
            review.documentPrinterOutProperty().set(r.documentAsQr());
        } else if (step instanceof Step.Result r && shown instanceof Step.Result && result != null) {
            receipt(r);
        } else if (step instanceof Step.Progress p && shown instanceof Step.Progress && progress != null) {
            progress.scanned(p.scanned());
        } else {
            // attract ⇄ out of service: the same screen; a reminder to take a card is another
            return !step.inVisit() && !shown.inVisit() && !(step instanceof Step.TakeYourThings)
                    && !(shown instanceof Step.TakeYourThings);
        }
        return true;
    }

    /** A card or code taken on the service list: whose (masked), or checking, or why not. */
    private void homeIdentity(Step.Home h, VisitData d) {
        home.identity(d.applicant() == null ? null : PersonalDataMask.name(d.applicant().name()), h.problemKey(), h.checking());
    }

    private Runnable onBehalf() {
        return () -> touch(new Action.OnBehalf());
    }

    private void receipt(Step.Result r) {
        result.documents(r.documents()); // a DOCUMENT case's certificates, beside the receipt
        if (r.receipt() == Step.Receipt.PRINTED) {
            result.printed();
        } else if (r.receipt() == Step.Receipt.SHOWN_AS_QR) {
            result.printFailed(r.receiptProblemKey());
        }
    }

    private SessionBar bar() {
        return new SessionBar(); // the visit's controls are in the header above every screen (KioskNavigator)
    }

    private void touch(Action action) {
        visit.accept(new VisitEvent.Touched(action));
    }
}
