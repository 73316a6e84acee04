package zwfw.kiosk.app.screen;

import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.attract.AttractView;
import zwfw.kiosk.app.screen.attract.AttractViewModel;
import zwfw.kiosk.app.screen.header.ServiceSteps;
import zwfw.kiosk.app.screen.header.VisitHeader;
import zwfw.kiosk.app.screen.header.VisitHeaderModel;
import zwfw.kiosk.app.screen.help.HelpPanelView;
import zwfw.kiosk.app.screen.help.HelpPanelViewModel;
import zwfw.kiosk.app.screen.idle.IdleView;
import zwfw.kiosk.app.screen.idle.IdleViewModel;
import zwfw.kiosk.app.screen.maintenance.MaintenanceMode;
import zwfw.kiosk.app.screen.maintenance.StaffPages;
import zwfw.kiosk.app.speech.ReadAloud;
import zwfw.kiosk.app.speech.SpokenSteps;
import zwfw.kiosk.core.speech.EspeakNg;
import zwfw.kiosk.core.speech.SpeechEngine;
import zwfw.kiosk.core.speech.VoiceResetsWithVisit;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.config.StaffedHall;
import zwfw.kiosk.core.usage.UsageCounter;
import zwfw.kiosk.core.usage.VisitRecords;
import zwfw.kiosk.core.visit.DeviceEvents;
import zwfw.kiosk.core.visit.Visit;
import zwfw.kiosk.core.visit.VisitChange;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.core.visit.VisitEffects;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.core.visit.VisitRules;
import zwfw.kiosk.core.visit.VisitState;
import zwfw.kiosk.drivers.printer.ReceiptPrinter;

/**
 * The window's side of the citizen's {@link Visit}: shows the screen of the visit's current step
 * ({@link VisitScreens}), hands touches, the idle countdown and the service state to the visit as
 * events, and keeps what only the window has (language, 长辈版 styling, the idle overlay, the staff
 * panel) in step with it. Where the visit goes and what it does live in {@code core.visit}; devices
 * talk to the visit directly ({@link DeviceEvents}), and the visit's changes reach this class on
 * the FX thread, in order.
 */
public final class KioskNavigator implements AutoCloseable {
    /** At shutdown, how long queued screen work (a camera capture, a lock record) may take to finish. */
    private static final Duration SHUTDOWN_DRAIN = Duration.ofSeconds(10);

    private final ScreenHost host;
    private final Messages messages;
    private final KioskConfig config;
    private final KioskAssembly assembly;
    private final Clock clock;
    private final Visit visit;
    private final AttractViewModel attractModel;
    private final IdleViewModel idleModel;
    private final IdleView idle;
    private final ServiceGate gate;
    private final MaintenanceMode maintenance;
    private final BooleanProperty elderly = new SimpleBooleanProperty(false);
    private final ScreenWork work = new ScreenWork(SHUTDOWN_DRAIN);
    private final SpeechEngine speech;
    private final ReadAloud readAloud;
    private final VisitEffects effects;
    private final UsageCounter usage;
    private final zwfw.kiosk.core.documents.DocumentPrinting documents;
    private final DeviceEvents devices;
    private final VisitScreens screens;
    private final VisitHeaderModel headerModel;
    private final VisitHeader header;
    private final HelpPanelViewModel helpModel;
    private VisitState shown;
    private boolean followingVisit;

    /** {@code assembly} is null when the back end failed to start: the kiosk then only shows that it is out of service. */
    public KioskNavigator(ScreenHost host, Messages messages, KioskConfig config, KioskAssembly assembly, Clock clock) {
        this.host = host;
        this.messages = messages;
        this.config = config;
        this.assembly = assembly;
        this.clock = clock;
        this.speech = EspeakNg.fromPath(config.ui().speech());
        this.readAloud = new ReadAloud(speech, messages, () -> host.currentScreen() == null ? null : host.currentScreen().view());
        this.visit = new Visit(new VisitRules(config.ui().elderlyModeByDefault()));
        this.shown = visit.state();
        followElderly();
        this.attractModel = new AttractViewModel(messages, config.centreName(), clock, () -> touch(new VisitEvent.Action.Start()));
        attractModel.onElderlyStart(() -> {
            touch(new VisitEvent.Action.Start());
            touch(new VisitEvent.Action.ElderlyMode(true));
        });
        StaffedHall hall = config.staffedHall();
        AttractView attract = new AttractView(attractModel, clock,
                messages.text("outOfService.staffedHall", hall.name(), hall.hours(), hall.address(), config.hotline()));
        this.idleModel = new IdleViewModel(messages, config.ui().idleTimeout(), config.ui().elderlyIdleTimeout(),
                config.ui().countdownShown(), config.ui().countdown(), () -> visit.accept(new VisitEvent.IdleTimeout()));
        idleModel.elderly(elderly.get());
        this.idle = new IdleView(idleModel);
        this.headerModel = new VisitHeaderModel(messages, clock, config.centreName(), config.kioskId(), elderly, idleModel);
        this.header = new VisitHeader(headerModel, headerActions());
        this.helpModel = new HelpPanelViewModel(messages, config.hotline(), this::callHelp,
                () -> assembly.help().cancel());
        if (assembly != null) {
            assembly.help().listen(u -> Platform.runLater(() -> helpModel.update(u)));
        }
        host.addOverlayBelowHeader(new HelpPanelView(helpModel).node()); // 长辈版 and the language stay in reach
        host.addOverlay(idle.node()); // above the help panel: the question must be seen
        this.screens = new VisitScreens(messages, assembly, config.kioskId(), config.ui(), work, elderly, visit::accept, attract);
        this.gate = new ServiceGate(config, attractModel, reasons -> visit.accept(new VisitEvent.ServiceChanged(reasons)), work);
        StaffPages staffPages = assembly == null ? new StaffPages()
                : new StaffPages().forRole(zwfw.kiosk.core.access.StaffRole.ADMIN, member -> adminPage());
        this.maintenance = new MaintenanceMode(messages, config, assembly, gate, work, clock, staffPages);
        host.addOverlay(maintenance.node());
        attractModel.onStaffEntry(maintenance::open);
        this.documents = assembly == null ? null : new zwfw.kiosk.core.documents.DocumentPrinting(visit::accept,
                assembly.platform()::fetchDocument, assembly.device(zwfw.kiosk.drivers.docprinter.DocumentPrinter.class).orElse(null));
        this.usage = assembly == null ? null : new UsageCounter(assembly.usage(), assembly.usageLog(),
                () -> messages.locale().getLanguage()); // read when a visit ends: a value, no listener that could hold the kiosk
        this.effects = effects();
        this.devices = new DeviceEvents(visit);
        visit.subscribe(change -> Platform.runLater(() -> changed(change)));
        host.show(attract);
        gate.start();
    }

    private VisitHeader.Actions headerActions() {
        return new VisitHeader.Actions() {
            @Override
            public void endVisit() {
                touch(new VisitEvent.Action.EndVisit());
            }

            @Override
            public void callHelp() {
                helpModel.callForHelp();
            }

            @Override
            public void readAloud() {
                readAloud.readScreen(visit.state().step().name());
            }

            @Override
            public void louder() {
                headerModel.volume().set(readAloud.louder());
            }

            @Override
            public void toggleElderly() {
                touch(new VisitEvent.Action.ElderlyMode(!elderly.get()));
            }

            @Override
            public void toggleLanguage() {
                messages.toggle();
            }
        };
    }

    /**
     * 呼叫帮助: the desk hears the screen, the service, the language and 长辈版, never who the citizen is. Without a
     * back end nobody can be told: the hotline at once.
     */
    private void callHelp() {
        if (assembly == null) {
            helpModel.offline();
            return;
        }
        VisitState s = visit.state();
        String service = s.data().service() == null ? null : s.data().service().code();
        assembly.help().call(s.step().name(), service, messages.english() ? "en" : "zh", s.elderly());
    }

    private VisitEffects effects() {
        VisitEffects.Kiosk kiosk = new VisitEffects.Kiosk(config.kioskId(), config.centreName(), config.clock());
        SpokenSteps spoken = new SpokenSteps(readAloud);
        VisitEffects e = assembly == null
                ? new VisitEffects(visit, null, null, null, null, kiosk, spoken) // out of service: nothing but speech can happen
                : new VisitEffects(visit, assembly.outbox(), assembly.caseSubmitter(), assembly.qrLogin(),
                        assembly.device(ReceiptPrinter.class).orElse(null), kiosk, spoken);
        if (assembly != null) {
            visit.subscribe(usage);
            visit.subscribe(new zwfw.kiosk.core.help.HelpEndsWithVisit(assembly.help())); // a visit's end closes its call for help
        }
        visit.subscribe(new VoiceResetsWithVisit(readAloud::engine)); // the next citizen starts at normal loudness
        visit.effectsTo(documents == null ? e : e.andThen(documents)); // documents: a DOCUMENT case's certificates
        return e;
    }

    /** 长辈版 styles the window; set here (a test, a screenshot) it is told to the visit, which owns it. */
    private void followElderly() {
        elderly.set(visit.state().elderly());
        elderly.addListener((o, was, on) -> {
            if (on) {
                host.root().getStyleClass().add("elderly");
            } else {
                host.root().getStyleClass().remove("elderly");
            }
            if (!followingVisit) {
                touch(new VisitEvent.Action.ElderlyMode(on));
            }
        });
        if (elderly.get()) {
            host.root().getStyleClass().add("elderly");
        }
    }

    /** One change of the visit, on the FX thread, in the order the visit made them. */
    private void changed(VisitChange change) {
        VisitState now = change.after();
        VisitEvent cause = change.cause();
        if (cause instanceof VisitEvent.CardRead || cause instanceof VisitEvent.CardUnreadable || cause instanceof VisitEvent.CodeScanned) {
            idleModel.activity(); // device input the visit took counts as the citizen being there
        }
        followingVisit = true;
        elderly.set(now.elderly());
        followingVisit = false;
        idleModel.elderly(now.elderly());
        if (now.step().inVisit() && now.number() != shown.number()) {
            helpModel.visitEnded(); // nothing of an earlier call shows to this citizen
            headerModel.readAloudAvailable().set(readAloud.available()); // 朗读 and 音量 only with a voice
            headerModel.volume().set(readAloud.engine().volume()); // each visit starts at normal loudness
            idleModel.arm(true);
        } else if (!now.step().inVisit() && shown.step().inVisit()) {
            idleModel.arm(false);
            helpModel.visitEnded(); // the visit's end closes the request too (HelpEndsWithVisit)
            messages.localeProperty().set(config.locale().getLanguage().equals("en") ? Messages.ENGLISH : Messages.CHINESE);
        }
        headerModel.showSteps(ServiceSteps.of(now));
        host.header(now.step().inVisit() ? header.node() : null);
        header.running(now.step().inVisit());
        boolean sameVisit = now.number() == shown.number();
        if (!now.step().equals(shown.step()) || !sameVisit) {
            if (!(sameVisit && screens.update(shown.step(), now))) {
                host.show(screens.screenFor(now));
            }
        }
        shown = now;
    }

    /** Touches anywhere on the scene keep the visit alive. */
    public void watch(Scene scene) {
        idle.watch(scene);
    }

    /** Listens to the devices: card readers and scanners feed the visit, essential devices the service gate. */
    public void connectDevices() {
        devices.connect(assembly.devices());
        documents.connect();
        gate.watchEssential(assembly.devices());
    }

    /** The visit: tests and benchmarks drive it with events, as the devices and screens do. */
    public Visit visit() {
        return visit;
    }

    /** The records of visits the usage store keeps, for the metrics to count the very same (none without a back end). */
    public java.util.Optional<VisitRecords> visitRecords() {
        return java.util.Optional.ofNullable(usage).map(UsageCounter::records);
    }

    /** What the current visit holds (tests check it is dropped at the visit's end). */
    public VisitData visitData() {
        return visit.state().data();
    }

    /** The screen reader: 长辈版's voice on arrival, the 朗读 button in every mode. */
    public ReadAloud readAloud() {
        return readAloud;
    }

    public Messages messages() {
        return messages;
    }

    /** The idle countdown (tests drive its clock). */
    public IdleViewModel idle() {
        return idleModel;
    }

    public BooleanProperty elderlyProperty() {
        return elderly;
    }

    /** Whether the kiosk serves: platform and staff locks, essential devices, start failure. */
    public ServiceGate service() {
        return gate;
    }

    public boolean isOutOfService() {
        return !gate.inService();
    }

    /** The administrator's usage page (screen.admin) behind the same PIN pad; its 返回 ends the staff session. */
    private javafx.scene.Node adminPage() {
        zwfw.kiosk.app.screen.admin.AdminUsagePage page = zwfw.kiosk.app.screen.admin.AdminUsagePage.of(assembly, messages, work,
                () -> maintenance.session().leave("left"));
        page.shown();
        return page.view();
    }

    /** The staff session at the kiosk: PIN pad, maintenance pages (tests drive it). */
    public MaintenanceMode maintenance() {
        return maintenance;
    }

    /** Ends the citizen's visit as 返回首页 does. */
    public void endSession() {
        touch(new VisitEvent.Action.EndVisit());
    }

    private void touch(VisitEvent.Action action) {
        visit.accept(new VisitEvent.Touched(action));
    }

    @Override
    public void close() {
        // Running animations (the attract clock, the countdown, the staff panel's clock) are held by JavaFX's
        // timer for ever, and through them the whole kiosk: stop them, so a closed kiosk can be collected.
        idle.stop();
        maintenance.stop();
        header.running(false);
        Screen shown = host.currentScreen();
        if (shown != null) {
            shown.hidden();
        }
        devices.close();
        gate.close();
        effects.close(); // an evaluation or a receipt handed over a moment ago still completes
        if (documents != null) {
            documents.close();
        }
        speech.stop();
        readAloud.close();
        work.close();
        visit.state().data().pages().wipe();
    }
}
