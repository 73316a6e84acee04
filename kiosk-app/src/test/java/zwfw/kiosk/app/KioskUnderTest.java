package zwfw.kiosk.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.drivers.io.BlockingCalls;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.visit.VisitEvent;
import zwfw.kiosk.drivers.idcard.simulated.SimulatedIdCardReader;
import zwfw.kiosk.drivers.printer.simulated.SimulatedPrinter;
import zwfw.platform.sim.PlatformSimulator;

/**
 * The real kiosk application on Monocle: the shipped config/ copied to a temporary directory with
 * its data directory there too, the embedded platform, simulated devices.
 */
public class KioskUnderTest implements AutoCloseable {
    private KioskApplication app; // set once booted: a SharedKiosk is made before its class's kiosk boots
    private final FxRobot robot = new FxRobot();
    /** Device, database and network calls made on the JavaFX thread while this kiosk ran: each fails the test at close. */
    private static final List<BlockingCalls.Violation> blockingOnFxThread = new CopyOnWriteArrayList<>();

    KioskUnderTest(KioskApplication app) {
        this.app = app;
    }

    /** Boots the kiosk with the shipped configuration, {@code extraYaml} lines replacing keys of the ui section. */
    public static KioskUnderTest boot(Path temp, Map<String, String> uiOverrides) throws Exception {
        return new KioskUnderTest(launch(config(temp, uiOverrides)));
    }

    /** Boots the kiosk on a configuration already written under {@code temp/config} (by {@link #config}, then edited). */
    public static KioskUnderTest bootWritten(Path temp) throws Exception {
        return new KioskUnderTest(launch(zwfw.kiosk.app.wiring.KioskDrivers.configLoader(Map.of()).load(temp.resolve("config"))));
    }

    /** The kiosk application on {@code config}, on the attract screen. */
    static KioskApplication launch(KioskConfig config) throws Exception {
        watchFxThread();
        FxToolkit.registerPrimaryStage();
        KioskApplication app = (KioskApplication) FxToolkit.setupApplication(() -> new KioskApplication(config, config.clock()));
        await().atMost(Duration.ofSeconds(20)).until(() -> "attract".equals(app.host().currentProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** The booted application this kiosk drives (for {@link SharedKiosk}, once its class starts). */
    void attach(KioskApplication booted) {
        this.app = booted;
    }

    private static void watchFxThread() {
        blockingOnFxThread.clear();
        FxThreadGuard.report(blockingOnFxThread::add);
    }

    /** The repository's config/ with data and secrets moved into {@code temp}. */
    public static KioskConfig config(Path temp, Map<String, String> uiOverrides) throws Exception {
        Path source = repositoryConfig();
        Path dir = Files.createDirectories(temp.resolve("config"));
        // Replaced, so a second kiosk can boot on the same directory (restart tests).
        Files.copy(source.resolve("catalog.json"), dir.resolve("catalog.json"), StandardCopyOption.REPLACE_EXISTING);
        String yaml = Files.readString(source.resolve("kiosk.yaml"))
                .replace("dir: ../.kiosk-data", "dir: " + temp.resolve("data"))
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + temp.resolve("data").resolve("secrets.yaml"));
        for (Map.Entry<String, String> e : uiOverrides.entrySet()) {
            yaml = yaml.replaceFirst("(?m)^  " + e.getKey() + ": .*$", "  " + e.getKey() + ": " + e.getValue());
        }
        Files.writeString(dir.resolve("kiosk.yaml"), yaml);
        return zwfw.kiosk.app.wiring.KioskDrivers.configLoader(Map.of()).load(dir);
    }

    /**
     * This repository's config/, found upwards from where the test classes were built (kiosk-app/target/test-classes):
     * tests run in kiosk-app/ and the benchmarks from the repository's root, and in a git worktree {@code ../config}
     * may be another checkout.
     */
    public static Path repositoryConfig() {
        Path built;
        try {
            built = Path.of(KioskUnderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("test classes at an odd location", e);
        }
        for (Path dir = built; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("config").resolve("kiosk.yaml")) && Files.isDirectory(dir.resolve("kiosk-app"))) {
                return dir.resolve("config");
            }
        }
        throw new IllegalStateException("no config/kiosk.yaml above " + built);
    }

    public KioskApplication app() {
        return app;
    }

    /** The simulated ID card reader of the shipped configuration. */
    public SimulatedIdCardReader reader() {
        return app.assembly().device(SimulatedIdCardReader.class).orElseThrow();
    }

    /** The simulated receipt printer of the shipped configuration. */
    public SimulatedPrinter printer() {
        return app.assembly().device(SimulatedPrinter.class).orElseThrow();
    }

    /** The embedded platform simulator the kiosk talks to over HTTP on 127.0.0.1. */
    public PlatformSimulator platform() {
        return app.assembly().embeddedPlatform().orElseThrow();
    }

    public FxRobot robot() {
        return robot;
    }

    public String screen() {
        return app.host().currentProperty().get();
    }

    public void awaitScreenWithin(String name, Duration limit) {
        await().atMost(limit).until(() -> name.equals(screen()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void awaitScreen(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> name.equals(screen()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the visible labeled control with this id. */
    public String text(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node n = robot.lookup("#" + id).match(Node::isVisible).query();
        return ((Labeled) n).getText();
    }

    /** A touch on the screen that means {@code action}, handed straight to the visit (no robot). */
    public void touch(VisitEvent.Action action) {
        app.navigator().visit().accept(new VisitEvent.Touched(action));
    }

    /**
     * The shipped sample resident's card on the reader, the visit on 首页 (from the attract screen). A visit that
     * ends with the card still there shows 请取走身份证 first: lift it with {@code reader().remove()}.
     */
    public void identifiedByCard() {
        reader().place(zwfw.kiosk.drivers.idcard.simulated.SampleCards.resident());
        awaitScreen("home");
    }

    /** From the attract screen to the form of {@code serviceId}, identified by card and filing for oneself, by events. */
    public void toFormAsSelf(String serviceId) {
        identifiedByCard();
        chooseService(serviceId); // filing for oneself is the default: no "for whom" step
        awaitScreen("form");
    }

    /**
     * Between the tests of a class that shares one kiosk: a card left on the reader is lifted (else 请取走身份证 would
     * come first), a visit still on screen ended by 返回首页, and the attract screen awaited.
     */
    public void backToAttract() {
        reader().remove();
        if (app.navigator().visit().state().step().inVisit()) {
            touch(new VisitEvent.Action.EndVisit());
        }
        awaitScreen("attract");
    }

    /** A touch on the service {@code serviceId} of the current catalog (as its tile on 首页 sends). */
    public void chooseService(String serviceId) {
        touch(new VisitEvent.Action.ChooseService(app.assembly().catalog().current().service(serviceId).orElseThrow()));
    }

    /** Waits until the screen is no longer {@code screen} and returns the one shown now. */
    public String awaitLeaving(String screen) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !screen.equals(screen()));
        WaitForAsyncUtils.waitForFxEvents();
        return screen();
    }

    /** A tap on the visible node with this id (see {@link #tap(FxRobot, Node)}). */
    public void click(String id) {
        // The visit's changes reach the screen through Platform.runLater: let a pending one land first, or the
        // lookup may find a button of the screen that is about to be replaced (then it has no scene).
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup("#" + id).match(Node::isVisible).queryAs(Node.class);
        robot.interact(() -> scrollIntoView(node));
        tap(robot, node);
    }

    /**
     * As a citizen scrolls a long form before touching a box: when {@code node} sits in a scroll pane whose
     * viewport does not show all of it (a box under the bottom bar), the pane is scrolled so that it does.
     */
    private static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                javafx.geometry.Bounds view = scroll.getViewportBounds();
                javafx.geometry.Bounds in = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double hidden = scroll.getContent().getBoundsInLocal().getHeight() - view.getHeight();
                double top = -view.getMinY(); // how far the content is scrolled now
                if (hidden > 0 && (in.getMinY() < top || in.getMaxY() > top + view.getHeight())) {
                    double wanted = Math.min(hidden, Math.max(0, in.getMaxY() - view.getHeight()));
                    scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / hidden);
                    scroll.layout();
                }
                return;
            }
        }
    }

    /**
     * A real press and release of the pointer on {@code node}, through the glass robot as a finger on the
     * touch screen gives it, then the JavaFX events it caused. The pointer jumps there (a touch screen has
     * no pointer path) and move, press and release are queued in order on the JavaFX thread and waited for
     * once: TestFX's clickOn glides in up to 200 steps of a millisecond and waits for the JavaFX thread
     * (5 rounds of 10 ms) after each of move, press and release.
     */
    public static void tap(FxRobot robot, Node node) {
        Point2D at = robot.point(node).query();
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(at);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.releaseNoWait(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws TimeoutException, IOException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        BlockingCalls.allowEverywhere();
        if (!blockingOnFxThread.isEmpty()) {
            java.util.Set<String> where = new java.util.TreeSet<>();
            for (BlockingCalls.Violation v : blockingOnFxThread) {
                where.add(v.kind() + " " + v.call() + " <- " + java.util.Arrays.stream(v.stack())
                        .filter(e -> e.getClassName().startsWith("zwfw.kiosk.app."))
                        .limit(3).map(e -> e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":" + e.getLineNumber())
                        .collect(java.util.stream.Collectors.joining(" <- ")));
            }
            throw new AssertionError(blockingOnFxThread.size() + " blocking call(s) on the JavaFX thread:\n  " + String.join("\n  ", where)
                    + "\nthe first in full: " + blockingOnFxThread.get(0));
        }
    }
}
