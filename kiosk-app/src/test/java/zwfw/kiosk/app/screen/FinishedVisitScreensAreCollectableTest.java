package zwfw.kiosk.app.screen;

import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.KioskUnderTest;
import zwfw.kiosk.core.visit.VisitEvent.Action;
import zwfw.kiosk.drivers.idcard.simulated.SampleCards;

/**
 * The screens of a finished visit are garbage: the home, form and review screens (and the form's
 * keyboard) listened strongly to the kiosk's language and 长辈版 properties, which live as long as
 * the kiosk, so every visit's screens stayed in memory (about 12 MB a visit in the 200-visit benchmark).
 */
class FinishedVisitScreensAreCollectableTest {
    private KioskUnderTest kiosk;

    @AfterEach
    void stop() throws Exception {
        kiosk.close();
    }

    /** One visit by events (home → whose → identify → form → review → 返回首页), the screens it showed. */
    private List<WeakReference<Screen>> visit() {
        var service = kiosk.app().assembly().catalog().current().service("RS-0001").orElseThrow();
        List<WeakReference<Screen>> shown = new ArrayList<>();
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        shown.add(new WeakReference<>(kiosk.app().host().currentScreen()));
        kiosk.touch(new Action.ChooseService(service));
        kiosk.awaitScreen("whose");
        kiosk.touch(new Action.ForSelf());
        kiosk.awaitScreen("identify");
        kiosk.reader().place(SampleCards.resident());
        kiosk.awaitScreen("form");
        shown.add(new WeakReference<>(kiosk.app().host().currentScreen()));
        kiosk.touch(new Action.FormDone(Map.of("purpose", "个人证明", "phone", "13800138000")));
        kiosk.awaitScreen("review");
        shown.add(new WeakReference<>(kiosk.app().host().currentScreen()));
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
        kiosk.reader().remove();
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    @Test
    void theScreensOfAFinishedVisitAreCollectedOnceTheNextCitizenHasCome(@TempDir Path temp) throws Exception {
        kiosk = KioskUnderTest.boot(temp, Map.of());
        List<WeakReference<Screen>> firstVisit = visit();
        visit(); // a second citizen: the first one's screens must not pile up behind the kiosk's long-lived properties
        List<WeakReference<Screen>> shown = firstVisit;
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .alias("still alive: " + new Object() {
                    @Override
                    public String toString() {
                        return shown.stream().map(r -> r.get() == null ? "-" : r.get().name()).toList().toString();
                    }
                }).until(() -> {
                    System.gc();
                    return shown.stream().allMatch(r -> r.get() == null);
                });
    }
}
