package zwfw.kiosk.app.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.lifecycle.WorkLanes;
import zwfw.kiosk.core.speech.SpeechEngine;
import zwfw.kiosk.core.speech.SpeechVolume;

/**
 * Reads the screen aloud: its step's prompt, then everything it shows ({@link ScreenText}). In 长辈版 on every
 * arrival (through {@link SpokenSteps}), in every mode on the 朗读 button. The words are gathered on the FX
 * thread and said on a thread of its own (starting the speech program must not hold up the screen).
 */
public final class ReadAloud {
    private final Messages messages;
    private final Supplier<Node> currentScreen;
    private final ExecutorService lane = WorkLanes.lane("kiosk-read-aloud");
    private volatile SpeechEngine engine;

    public ReadAloud(SpeechEngine engine, Messages messages, Supplier<Node> currentScreen) {
        this.engine = engine;
        this.messages = messages;
        this.currentScreen = currentScreen;
    }

    /** Whether there is a voice at all (the 朗读 button is hidden without one). */
    public boolean available() {
        return engine.available();
    }

    /** Reads the screen on the window now, after the prompt of {@code step} (null: none). Call on the FX thread. */
    public void readScreen(String step) {
        List<String> words = new ArrayList<>();
        if (step != null) {
            try {
                words.add(messages.get("speech." + step));
            } catch (IllegalArgumentException e) {
                // a step without a prompt of its own
            }
        }
        Node screen = currentScreen.get();
        if (screen != null) {
            words.addAll(ScreenText.of(screen));
        }
        String text = String.join("。", words.stream().distinct().toList());
        var locale = messages.locale();
        SpeechEngine voice = engine;
        lane.execute(() -> voice.say(text, locale));
    }

    /** Reads the screen from any thread. */
    public void readScreenLater(String step) {
        Platform.runLater(() -> readScreen(step));
    }

    public void stop() {
        SpeechEngine voice = engine;
        lane.execute(voice::stop);
    }

    /** The 音量 button: one step louder, round to normal after the loudest; the visit's end resets it. */
    public SpeechVolume louder() {
        SpeechVolume next = engine.volume().next();
        engine.volume(next);
        return next;
    }

    public SpeechEngine engine() {
        return engine;
    }

    /** Another voice (a test records what would be said; a better engine later). */
    public void useEngine(SpeechEngine engine) {
        this.engine = engine;
    }

    public void close() {
        lane.shutdownNow();
    }
}
