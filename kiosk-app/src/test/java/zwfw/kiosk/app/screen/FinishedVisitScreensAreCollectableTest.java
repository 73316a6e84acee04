package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * The screens of a finished visit are garbage once the next citizen has come: every screen a visit
 * showed (home, whose, identify, form with a captured page and the on-screen keyboard up, review,
 * submitting, result, evaluation, progress), with its view model and keyboard. The home and form
 * screens listened to the kiosk's 长辈版 property (which lives as long as the kiosk) through their
 * models' {@code paged()}, which handed out that very property, so every visit's screens stayed in
 * memory: about 12 MB a visit in the 200-visit benchmark, out of memory after ~150 visits on 2 GB.
 */
class FinishedVisitScreensAreCollectableTest {
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();
    /** Everything of a screen that must go with it: the screen, its view model, its keyboard. */
    private static final List<Held> shown = new CopyOnWriteArrayList<>();

    private record Held(String what, WeakReference<Object> ref) {
    }

    @BeforeAll
    static void listen() {
        kiosk.app().host().currentProperty().addListener((o, was, now) -> remember(kiosk.app().host().currentScreen()));
    }

    private static void remember(Screen screen) {
        if ("attract".equals(screen.name())) {
            return; // the attract screen lives as long as the kiosk
        }
        shown.add(new Held(screen.name(), new WeakReference<>(screen)));
        for (Field f : screen.getClass().getDeclaredFields()) {
            String type = f.getType().getSimpleName();
            if (type.endsWith("ViewModel") || type.endsWith("Keyboard")) {
                try {
                    f.setAccessible(true);
                    Object part = f.get(screen);
                    if (part != null) {
                        shown.add(new Held(screen.name() + "." + type, new WeakReference<>(part)));
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static ServiceItem service(String code) {
        return kiosk.app().assembly().catalog().current().service(code).orElseThrow();
    }

    /** Card → 个人参保证明 (for oneself by default) → form (长辈版 on and off) → review → submit → receipt → evaluation → thanks → attract. */
    private static void submittedAndRated() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(service("RS-0001")));
        kiosk.awaitScreen("identify");
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        kiosk.touch(new Action.ElderlyMode(true));
        kiosk.touch(new Action.ElderlyMode(false));
        kiosk.touch(new Action.FormDone(Map.of("purpose", "个人证明", "phone", "13800138000")));
        kiosk.awaitScreen("review");
        kiosk.touch(new Action.Confirm());
        kiosk.awaitScreenWithin("result", Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> !(kiosk.app().navigator().visit().state().step() instanceof Step.Result r)
                || r.receipt() != Step.Receipt.PRINTING);
        cardTaken();
        kiosk.touch(new Action.Evaluate());
        kiosk.awaitScreen("evaluation");
        kiosk.touch(new Action.Rate(5, List.of(), ""));
        kiosk.awaitScreen("thanks");
        kiosk.touch(new Action.Finish());
        kiosk.awaitScreen("attract");
    }

    /** The residence permit's form with a page of the rental contract captured and the keyboard up, then 返回首页. */
    private static void abandonedWithAPageCaptured() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ChooseService(service("GA-0001")));
        kiosk.awaitScreen("identify");
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        kiosk.robot().interact(() -> kiosk.robot().lookup("#capture-rentalContract").queryAs(Button.class).fire());
        await().atMost(Duration.ofSeconds(15)).until(() -> kiosk.text("capture-count-rentalContract").startsWith("1"));
        kiosk.robot().interact(() -> kiosk.robot().lookup("#field-address").queryAs(TextField.class).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        cardTaken();
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
    }

    /** The card lifted, and the visit told so: its end then goes straight to attract (no reminder to take it). */
    private static void cardTaken() {
        kiosk.reader().remove();
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.app().navigator().visit().state().cards().isEmpty());
    }

    /** 查询办件进度, then 返回首页. */
    private static void progressLooked() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.OpenProgress());
        kiosk.awaitScreen("progress");
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
    }

    @Test
    void everyScreenAndViewModelOfAFinishedVisitIsCollectedOnceTheNextCitizenHasCome() {
        submittedAndRated();
        abandonedWithAPageCaptured();
        progressLooked();
        List<Held> finished = List.copyOf(shown);
        assertEquals(Set.of("home", "identify", "form", "review", "submitting", "result", "evaluation", "thanks", "progress"),
                finished.stream().map(Held::what).filter(w -> !w.contains(".")).collect(Collectors.toSet()),
                "the visits showed every screen of a visit");
        // TestFX keeps every event fired at its stage for the test's life (FiredEvents), the capture button's
        // ActionEvent too and through it the form: a test harness's reference, not the kiosk's, so it is dropped.
        forgetFiredEvents();
        // The next citizen: the screens shown last are replaced too.
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .alias("still alive after a full GC: " + new Object() {
                    @Override
                    public String toString() {
                        return alive(finished).toString();
                    }
                }).until(() -> {
                    System.gc();
                    return alive(finished).isEmpty();
                });
    }

    static void forgetFiredEvents() {
        FxToolkitContext context = FxToolkit.toolkitContext();
        context.setRegisteredStage(context.getRegisteredStage()); // a new, empty record of fired events
    }

    private static Set<String> alive(List<Held> held) {
        return held.stream().filter(h -> h.ref().get() != null).map(Held::what).collect(Collectors.toCollection(TreeSet::new));
    }
}
