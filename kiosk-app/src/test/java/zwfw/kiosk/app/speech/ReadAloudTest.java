package zwfw.kiosk.app.speech;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import zwfw.kiosk.app.SharedKiosk;
import zwfw.kiosk.core.speech.SpeechVolume;
import zwfw.kiosk.core.visit.VisitEvent.Action;

/** The kiosk reads its screens aloud: on arrival in 长辈版, on demand in every mode, at the visit's loudness. */
class ReadAloudTest {
    @RegisterExtension
    static final SharedKiosk kiosk = new SharedKiosk();
    static RecordingSpeech voice;

    @BeforeAll
    static void listen() {
        voice = new RecordingSpeech();
        kiosk.app().navigator().readAloud().useEngine(voice);
    }

    @BeforeEach
    void backToAttract() {
        kiosk.backToAttract();
        voice.said.clear();
    }

    @Test
    void inElderlyModeEachScreenIsReadOnArrivalWithItsChoices() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        kiosk.touch(new Action.ElderlyMode(true));
        await().atMost(Duration.ofSeconds(5)).until(() -> voice.last().contains("请选择要办理的事项"));
        assertTrue(voice.last().contains("个人参保证明打印"), "the services on the screen are read too: " + voice.last());
    }

    @Test
    void theReadAloudButtonReadsTheScreenInNormalModeToo() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(voice.said.isEmpty(), "nothing is said unasked outside 长辈版: " + voice.said);
        Platform.runLater(() -> kiosk.app().navigator().readAloud().readScreen(null));
        await().atMost(Duration.ofSeconds(5)).until(() -> voice.last().contains("个人参保证明打印"));
    }

    @Test
    void theLoudnessACitizenChoseEndsWithTheirVisit() {
        kiosk.touch(new Action.Start());
        kiosk.awaitScreen("home");
        assertEquals(SpeechVolume.LOUDER, kiosk.app().navigator().readAloud().louder());
        kiosk.touch(new Action.EndVisit());
        kiosk.awaitScreen("attract");
        await().atMost(Duration.ofSeconds(5)).until(() -> voice.volume() == SpeechVolume.NORMAL);
        assertFalse(voice.said.stream().anyMatch(s -> s.contains("*")), "masked data is never given to the voice");
    }
}
