package zwfw.kiosk.app.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.attract.AttractView;
import zwfw.kiosk.app.screen.attract.AttractViewModel;
import zwfw.kiosk.app.screen.evaluation.EvaluationView;
import zwfw.kiosk.app.screen.evaluation.EvaluationViewModel;
import zwfw.kiosk.app.screen.form.CameraPages;
import zwfw.kiosk.app.screen.form.FormView;
import zwfw.kiosk.app.screen.form.FormViewModel;
import zwfw.kiosk.app.screen.home.HomeView;
import zwfw.kiosk.app.screen.home.HomeViewModel;
import zwfw.kiosk.app.screen.identify.IdentifyStep;
import zwfw.kiosk.app.screen.identify.IdentifyView;
import zwfw.kiosk.app.screen.identify.IdentifyViewModel;
import zwfw.kiosk.app.screen.idle.IdleView;
import zwfw.kiosk.app.screen.idle.IdleViewModel;
import zwfw.kiosk.app.screen.progress.ProgressView;
import zwfw.kiosk.app.screen.progress.ProgressViewModel;
import zwfw.kiosk.app.screen.result.ResultView;
import zwfw.kiosk.core.scan.ScanClassifier;
import zwfw.kiosk.core.scan.ScanKind;
import zwfw.kiosk.core.usage.UsageEvent;
import zwfw.kiosk.app.screen.result.ResultViewModel;
import zwfw.kiosk.app.screen.review.ReviewView;
import zwfw.kiosk.app.screen.review.ReviewViewModel;
import zwfw.kiosk.app.screen.submitting.SubmittingView;
import zwfw.kiosk.app.screen.whose.WhoseView;
import zwfw.kiosk.app.screen.whose.WhoseViewModel;
import zwfw.kiosk.app.session.Session;
import zwfw.kiosk.app.screen.staff.StaffActions;
import zwfw.kiosk.app.screen.staff.StaffPanelView;
import zwfw.kiosk.app.screen.staff.StaffPanelViewModel;
import zwfw.kiosk.app.speech.SpokenPrompts;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.availability.OutOfServiceReason;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.attachment.PageEncoder;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.StaffedHall;
import zwfw.kiosk.core.form.FormValidator;
import zwfw.kiosk.core.outbox.SubmitOutcome;
import zwfw.kiosk.core.platform.Attachment;
import zwfw.kiosk.core.platform.CaseSubmission;
import zwfw.kiosk.core.platform.EvaluationSubmission;
import zwfw.kiosk.core.platform.IdType;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.receipt.PersonalDataMask;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.core.receipt.ReceiptFacts;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;
import zwfw.kiosk.drivers.scanner.CodeScanner;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;
import zwfw.kiosk.drivers.smartcard.profile.CardProfiles;
import zwfw.kiosk.drivers.scanner.ScanListener;

/**
 * The citizen's journey: attract → home → (whose case: for oneself or 代办) → identify (for 代办 the
 * agent, then the applicant) → form → review → submitting → result → evaluation → attract, with one
 * {@link Session} holding the visit's data, wiped at its end. Device
 * events arrive on device threads and are handed to the FX thread here; platform and printer work
 * runs on a worker thread, so the screen never freezes.
 */
public final class KioskNavigator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskNavigator.class);
    private static final Duration SUBMIT_WAIT = Duration.ofSeconds(8);
    /** At shutdown, how long queued screen work (an evaluation, a receipt) may take to finish. */
    private static final Duration SHUTDOWN_DRAIN = Duration.ofSeconds(10);

    private final ScreenHost host;
    private final Messages messages;
    private final Messages chinese = new Messages(Messages.CHINESE);
    private final KioskConfig config;
    private final KioskAssembly assembly;
    private final Clock clock;
    private final AttractViewModel attractModel;
    private final AttractView attract;
    private final IdleViewModel idleModel;
    private final IdleView idle;
    private final CardHandOver cards = new CardHandOver();
    private final ScanHandOver scans = new ScanHandOver();
    private final ServiceGate gate;
    private final StaffPanelViewModel staffModel;
    private final BooleanProperty elderly = new SimpleBooleanProperty(false);
    private final ScreenWork work = new ScreenWork(SHUTDOWN_DRAIN);
    private final SpokenPrompts speech;
    private Session session = new Session();
    private IdentifyViewModel identifyModel;
    private ProgressViewModel progressModel;
    private IdCardReader reader;
    private CodeScanner scanner;
    private SmartCardReader smartCards;
    private final SocialSecurityCards socialSecurity = new SocialSecurityCards();

    public KioskNavigator(ScreenHost host, Messages messages, KioskConfig config, KioskAssembly assembly, Clock clock) {
        this.host = host;
        this.messages = messages;
        this.config = config;
        this.assembly = assembly;
        this.clock = clock;
        this.speech = SpokenPrompts.fromPath(config.ui().speech());
        elderly.addListener((o, was, on) -> {
            if (on) {
                host.root().getStyleClass().add("elderly");
            } else {
                host.root().getStyleClass().remove("elderly");
                speech.stop();
            }
        });
        elderly.set(config.ui().elderlyModeByDefault());
        this.attractModel = new AttractViewModel(messages, config.centreName(), () -> startSession(null));
        StaffedHall hall = config.staffedHall();
        this.attract = new AttractView(attractModel, clock,
                messages.text("outOfService.staffedHall", hall.name(), hall.hours(), hall.address(), config.hotline()));
        this.idleModel = new IdleViewModel(messages, config.ui().idleTimeout(), config.ui().countdown(),
                () -> endSession(UsageEvent.ABANDONED_TIMEOUT));
        this.idle = new IdleView(idleModel);
        host.addOverlay(idle.node());
        this.gate = new ServiceGate(config, attractModel, this::endSession, work);
        this.staffModel = staffPanel();
        gate.start();
    }

    /** Touches anywhere on the scene keep the session alive. */
    public void watch(Scene scene) {
        idle.watch(scene);
    }

    public Messages messages() {
        return messages;
    }

    /** The current visit's data (tests check it is wiped). */
    public Session session() {
        return session;
    }

    /** The idle countdown (tests drive its clock). */
    public IdleViewModel idle() {
        return idleModel;
    }

    public BooleanProperty elderlyProperty() {
        return elderly;
    }

    /** Listens to the ID card reader and the scanner. */
    public void connectDevices() {
        assembly.device(IdCardReader.class).ifPresent(r -> {
            reader = r;
            r.addCardListener(cards);
        });
        assembly.device(SmartCardReader.class).ifPresent(r -> {
            smartCards = r;
            r.addCardListener(socialSecurity);
        });
        assembly.device(CodeScanner.class).ifPresent(s -> {
            scanner = s;
            s.addScanListener(scans);
        });
        gate.watchEssential(assembly.devices());
    }

    public void attract() {
        show(attract);
    }

    /** Whether the kiosk serves: platform and staff locks, essential devices, start failure. */
    public ServiceGate service() {
        return gate;
    }

    public boolean isOutOfService() {
        return !gate.inService();
    }

    /** The staff panel behind the hidden corner of the attract screen: maintenance PIN, then lock / unlock. */
    private StaffPanelViewModel staffPanel() {
        StaffActions actions = new StaffActions() {
            @Override
            public boolean staffLocked() {
                return gate.holds(OutOfServiceReason.STAFF_LOCK);
            }

            @Override
            public List<String> reasonKeys() {
                return gate.reasonKeys();
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> lock() {
                return gate.staffLock(messages.get("staff.lockReason"));
            }

            @Override
            public java.util.concurrent.CompletionStage<Void> unlock() {
                return gate.staffUnlock();
            }
        };
        String pinHash = config.maintenancePinHash();
        StaffPanelViewModel model = new StaffPanelViewModel(messages, pin -> PinHash.matches(pin, pinHash), work, clock, actions);
        host.addOverlay(new StaffPanelView(model).node());
        attractModel.onStaffEntry(model::open);
        return model;
    }

    /** The staff panel (tests). */
    public StaffPanelViewModel staffPanelModel() {
        return staffModel;
    }

    /** A tap on the attract screen, or a card on the reader ({@code person} then is its holder). */
    void startSession(Person person) {
        staffModel.close();
        session.wipe();
        session = new Session();
        if (person != null) {
            session.identify(person);
        }
        idleModel.arm(true);
        assembly.usage().sessionStarted();
        assembly.usageLog().record(UsageEvent.SESSION_STARTED, null);
        home();
    }

    private void home() {
        HomeViewModel model = new HomeViewModel(messages, assembly.catalog().current(), assembly.usageLog(), elderly, this::serviceChosen,
                this::progress);
        show(new HomeView(model, bar()));
    }

    /** 办件进度查询; {@code scanned} is a receipt's code already scanned, or null. */
    void progress() {
        progressModel = new ProgressViewModel(messages, no -> assembly.platform().caseStatus(no),
                ref -> assembly.outbox().entry(ref), work);
        show(new ProgressView(progressModel, bar()));
    }

    /** A service was chosen on the home screen. */
    void serviceChosen(ServiceItem service) {
        session.choose(service);
        if (service.allowsAgent() && service.requiresIdentity()) {
            whose();
        } else {
            session.fileForSelf();
            identifyOrForm();
        }
    }

    /** "为本人办理 / 为他人代办": asked only for services that may be filed by an agent. */
    private void whose() {
        String holder = session.applicant().map(p -> PersonalDataMask.name(p.name())).orElse(null);
        show(new WhoseView(new WhoseViewModel(messages, holder, this::forSelf, this::onBehalf), bar()));
    }

    void forSelf() {
        session.fileForSelf();
        identifyOrForm();
    }

    /** 代办: the agent identifies first (unless their card was read already), then the applicant. */
    void onBehalf() {
        session.fileOnBehalf();
        identify(session.agent().isPresent() ? IdentifyStep.APPLICANT : IdentifyStep.AGENT);
    }

    private void identifyOrForm() {
        if (session.service().orElseThrow().requiresIdentity() && session.applicant().isEmpty()) {
            identify(IdentifyStep.SELF);
        } else {
            form();
        }
    }

    private void identify(IdentifyStep step) {
        String agentName = step == IdentifyStep.APPLICANT
                ? session.agent().map(p -> PersonalDataMask.name(p.name())).orElse(null) : null;
        identifyModel = new IdentifyViewModel(messages, assembly.qrLogin(), work, this::identified, step, agentName);
        show(new IdentifyView(identifyModel, bar()));
    }

    private void identified(Person person) {
        if (session.onBehalf() && session.agent().isEmpty()) {
            session.identifyAgent(person);
            identify(IdentifyStep.APPLICANT);
            return;
        }
        if (session.onBehalf() && session.isAgent(person)) {
            log.info("agent filing: the applicant presented is the agent again, refused");
            identifyModel.refused("identify.samePerson");
            return;
        }
        session.identify(person);
        if (session.service().isPresent()) {
            form();
        } else {
            home();
        }
    }

    private void form() {
        ServiceItem service = session.service().orElseThrow();
        FormViewModel model = new FormViewModel(messages, service, session.form(), elderly, values -> {
            session.form().clear();
            session.form().putAll(values);
            review();
        }, session.attachments(), camera(), work);
        show(new FormView(model, bar()));
    }

    private void review() {
        ServiceItem service = session.service().orElseThrow();
        boolean paperOut = printer().map(p -> p.queryStatus().paper() == PrinterStatus.Paper.OUT).orElse(true);
        ReviewViewModel model = new ReviewViewModel(messages, service, session.applicant().orElse(null),
                session.agent().orElse(null), session.form(), paperOut, this::submit, this::form);
        show(new ReviewView(model, bar()));
    }

    private void submit() {
        ServiceItem service = session.service().orElseThrow();
        Session visit = session;
        show(new SubmittingView(messages.text("submitting.text")));
        List<FormField> schema = service.form();
        Map<String, String> typed = Map.copyOf(visit.form());
        Person applicant = visit.applicant().orElse(null);
        Person agent = visit.onBehalf() ? visit.agent().orElse(null) : null;
        // Taken on the FX thread: a timeout may wipe the session's pages while the worker runs.
        Map<String, List<String>> pageNames = visit.attachments().names();
        List<Attachment> attachments = visit.attachments().attachments();
        work.execute(() -> {
            Map<String, Object> nonBlank = new java.util.LinkedHashMap<>();
            typed.forEach((k, v) -> {
                if (v != null && !v.isBlank() && !pageNames.containsKey(k)) {
                    nonBlank.put(k, v);
                }
            });
            nonBlank.putAll(pageNames); // an attachment field's value is the names of its pages
            Map<String, Object> values = FormValidator.check(schema, nonBlank).values();
            CaseSubmission c = new CaseSubmission(UUID.randomUUID().toString(), service.code(), config.kioskId(),
                    CaseSubmission.KIOSK_CHANNEL, OffsetDateTime.now(clock).toString(), applicant, agent, values, attachments);
            SubmitOutcome outcome;
            try {
                outcome = assembly.caseSubmitter().submit(c, SUBMIT_WAIT);
            } catch (RuntimeException e) {
                log.error("case could not be saved: {}", e.getMessage());
                outcome = new SubmitOutcome(c.clientCaseId(), SubmitOutcome.State.REJECTED, null, null, null,
                        "case.failed", messages.get("result.saveFailed"));
            }
            if (outcome.state() != SubmitOutcome.State.REJECTED) {
                assembly.usage().caseSubmitted();
                assembly.usageLog().record(UsageEvent.CASE_SUBMITTED, service.code());
            }
            SubmitOutcome done = outcome;
            Platform.runLater(() -> result(visit, service, applicant, agent, done));
        });
    }

    private void result(Session visit, ServiceItem service, Person applicant, Person agent, SubmitOutcome outcome) {
        if (visit != session) {
            return; // the visit ended (timeout) while the case was on its way; it is safe in the outbox
        }
        visit.submitted(outcome);
        ReceiptFacts facts = receiptFacts(service, applicant, outcome);
        if (facts != null && agent != null) {
            facts = facts.withAgent(agent.name(), agent.idNumber());
        }
        ReceiptFacts printed = facts;
        ResultViewModel model = new ResultViewModel(messages, outcome, facts == null ? "" : facts.qrContent(),
                () -> evaluation(outcome), this::endSession);
        show(new ResultView(model));
        if (facts != null) {
            work.execute(() -> printReceipt(printed, outcome, model));
        }
    }

    private ReceiptFacts receiptFacts(ServiceItem service, Person applicant, SubmitOutcome o) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String name = applicant == null ? null : applicant.name();
        String id = applicant == null ? null : applicant.idNumber();
        return switch (o.state()) {
            case DELIVERED -> ReceiptFacts.accepted(config.centreName(), service.name().zh(), o.caseNo(), name, id, now,
                    o.dueDate() == null ? null : LocalDate.parse(o.dueDate().substring(0, 10)), config.kioskId(), o.queryUrl());
            case QUEUED -> ReceiptFacts.queued(config.centreName(), service.name().zh(), o.clientCaseId(), name, id, now,
                    config.kioskId());
            case REJECTED -> null;
        };
    }

    private void printReceipt(ReceiptFacts facts, SubmitOutcome outcome, ResultViewModel model) {
        ReceiptPrinter p = printer().orElse(null);
        if (p == null) {
            Platform.runLater(() -> model.printFailed("result.receipt.noPrinter"));
            return;
        }
        PrinterStatus status = p.queryStatus();
        if (status.paper() == PrinterStatus.Paper.OUT) {
            Platform.runLater(() -> model.printFailed("result.receipt.paperOut"));
            return;
        }
        PrintResult r = p.print(ReceiptDocuments.caseReceipt(facts));
        if (r.isPrinted() && !r.mayBeIncomplete()) {
            assembly.outbox().visitEnded(outcome.clientCaseId());
            Platform.runLater(model::printed);
        } else {
            log.warn("receipt not printed: {}", r.refusalReason().map(Object::toString).orElse("incomplete"));
            Platform.runLater(() -> model.printFailed("result.receipt.failed"));
        }
    }

    /** Pages from the configured document camera (every capture says "not connected" when there is none). */
    private CameraPages camera() {
        return new CameraPages(assembly.device(DocumentCamera.class).orElse(null), new PageEncoder());
    }

    private java.util.Optional<ReceiptPrinter> printer() {
        return assembly.device(ReceiptPrinter.class);
    }

    private void evaluation(SubmitOutcome outcome) {
        EvaluationViewModel model = new EvaluationViewModel(messages, (level, tagKeys, comment) -> {
            List<String> tags = tagKeys.stream().map(chinese::get).toList();
            EvaluationSubmission e = new EvaluationSubmission(UUID.randomUUID().toString(), outcome.caseNo(),
                    config.kioskId(), level, tags, comment, OffsetDateTime.now(clock).toString());
            work.execute(() -> {
                assembly.outbox().enqueueEvaluation(e, outcome.clientCaseId());
                assembly.usage().evaluationGiven();
            });
            endSession();
        });
        show(new EvaluationView(model));
    }

    /**
     * The citizen left (返回首页) or the idle countdown ran out: a chosen service without a case
     * counts as abandoned ({@code why}); then the session ends as always.
     */
    private void endSession(UsageEvent why) {
        if (session.outcome().isEmpty()) {
            session.service().ifPresent(s -> assembly.usageLog().record(why, s.code()));
        }
        endSession();
    }

    /** Ends the citizen's session, wipes what it held, and goes back to the attract screen. */
    public void endSession() {
        session.wipe();
        identifyModel = null;
        progressModel = null;
        idleModel.arm(false);
        messages.localeProperty().set(config.locale().getLanguage().equals("en") ? Messages.ENGLISH : Messages.CHINESE);
        elderly.set(config.ui().elderlyModeByDefault());
        show(attract);
    }

    private void toggleElderly() {
        elderly.set(!elderly.get());
    }

    private SessionBar bar() {
        return new SessionBar(messages, () -> endSession(UsageEvent.ABANDONED_ENDED), this::toggleElderly);
    }

    private void show(Screen screen) {
        host.show(screen);
        if (elderly.get()) {
            speech.say(screenPrompt(screen.name()), messages.locale());
        }
    }

    private String screenPrompt(String screen) {
        String key = "speech." + screen;
        try {
            return messages.get(key);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void cardArrived(IdCard card) {
        try {
            personArrived(new Person(card.name(), idType(card), card.idNumber(), null));
        } finally {
            card.wipe();
        }
    }

    /** The holder of a card read on the reader: starts a session on the attract screen, identifies on identify. */
    private void personArrived(Person person) {
        {
            String on = host.currentProperty().get();
            if ("attract".equals(on)) {
                if (!isOutOfService()) {
                    startSession(person);
                }
            } else if ("identify".equals(on)) {
                identified(person);
            } else if ("whose".equals(on)) {
                // A card put down before answering: its holder is the one at the kiosk (the agent, for 代办).
                session.identify(person);
                whose();
            }
        }
    }

    /** The card on the reader could not be read: the identify screen says to place it again. */
    private void cardReadFailed() {
        if ("identify".equals(host.currentProperty().get()) && identifyModel != null) {
            idleModel.activity();
            identifyModel.cardFailed();
        }
    }

    private static IdType idType(IdCard card) {
        return switch (card.type()) {
            case RESIDENT -> IdType.RESIDENT_ID;
            case FOREIGN_PERMANENT -> IdType.FOREIGN_PERMANENT_ID;
            case HMT_RESIDENCE -> IdType.HMT_RESIDENCE_PERMIT;
        };
    }

    private void scanned(String text) {
        String on = host.currentProperty().get();
        if ("identify".equals(on) && identifyModel != null) {
            idleModel.activity();
            identifyModel.qrScanned(text);
        } else if ("progress".equals(on) && progressModel != null) {
            idleModel.activity();
            progressModel.scanned(text);
        } else if ("attract".equals(on) && !isOutOfService() && isReceipt(text)) {
            // A receipt held to the scanner on the attract screen asks for its case's progress.
            startSession(null);
            progress();
            progressModel.scanned(text);
        }
    }

    private static boolean isReceipt(String text) {
        ScanKind k = new ScanClassifier().classify(text).kind();
        return k == ScanKind.CASE_QUERY || k == ScanKind.LOCAL_CASE;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.removeCardListener(cards);
        }
        if (scanner != null) {
            scanner.removeScanListener(scans);
        }
        if (smartCards != null) {
            smartCards.removeCardListener(socialSecurity);
        }
        gate.close();
        speech.stop();
        work.close();
        session.wipe();
    }

    /** Card events come on the reader's thread; the screen changes on the FX thread. */
    private final class CardHandOver implements IdCardListener {
        @Override
        public void cardArrived(IdCardReader r, IdCard card) {
            Platform.runLater(() -> KioskNavigator.this.cardArrived(card));
        }

        @Override
        public void readFailed(IdCardReader r, zwfw.kiosk.drivers.device.DeviceError error) {
            log.info("ID card not read: {}", error.code());
            Platform.runLater(KioskNavigator.this::cardReadFailed);
        }
    }

    /** A social security card: read its holder with the shipped profile off the FX thread. */
    private final class SocialSecurityCards implements CardListener {
        @Override
        public void cardInserted(SmartCardReader r, CardInfo card) {
            work.execute(() -> {
                try {
                    CardIdentity id = r.read(card.readerName(), CardProfiles.shipped(CardProfiles.SOCIAL_SECURITY));
                    Person person = new Person(id.name(), IdType.RESIDENT_ID, id.idNumber(), null);
                    Platform.runLater(() -> personArrived(person));
                } catch (zwfw.kiosk.drivers.device.DeviceException e) {
                    log.warn("social security card not read: {}", e.code());
                    Platform.runLater(() -> {
                        if (identifyModel != null) {
                            identifyModel.cardFailed();
                        }
                    });
                }
            });
        }

        @Override
        public void cardRemoved(SmartCardReader r, String readerName) {
            // nothing: the identity was taken when the card was read
        }
    }

    private final class ScanHandOver implements ScanListener {
        @Override
        public void scanned(CodeScanner s, zwfw.kiosk.drivers.scanner.Scan scan) {
            String text = scan.text();
            Platform.runLater(() -> KioskNavigator.this.scanned(text));
        }
    }
}
