package zwfw.kiosk.app.screen.header;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.app.screen.idle.IdleViewModel;
import zwfw.kiosk.core.speech.SpeechVolume;

/**
 * What the header above every visit screen says: where the citizen is (the centre, this kiosk's number, the time in
 * the kiosk's configured zone), how long before the visit ends untouched, the service's steps and which one this
 * is, and the state of 长辈版 and the language, each in words and a mark, never in colour alone.
 */
public final class VisitHeaderModel {
    /** One step of the indicator: "2 填写", and whether it is done, the current one, or still to come. */
    public record StepMark(int number, String key, State state) {
        public enum State { DONE, CURRENT, TODO }
    }

    private final Messages messages;
    private final Clock clock;
    private final String centre;
    private final String kioskId;
    private final BooleanProperty elderly;
    private final IdleViewModel idle;
    private final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>();
    private final ObservableList<StepMark> steps = FXCollections.observableArrayList();
    private final BooleanProperty readAloudAvailable = new SimpleBooleanProperty(false);
    private final ObjectProperty<SpeechVolume> volume = new SimpleObjectProperty<>(SpeechVolume.NORMAL);

    /** {@code clock}: the kiosk's one clock in its configured zone ({@code KioskConfig.clock()}). */
    public VisitHeaderModel(Messages messages, Clock clock, String centre, String kioskId, BooleanProperty elderly,
                            IdleViewModel idle) {
        this.messages = messages;
        this.clock = clock;
        this.centre = centre;
        this.kioskId = kioskId;
        this.elderly = elderly;
        this.idle = idle;
        tick();
    }

    public String centre() {
        return centre;
    }

    public StringBinding kioskText() {
        return messages.text("header.kiosk", kioskId);
    }

    /** The time now, in the configured zone: "11月29日 周日 20:15" / "Sun 29 Nov 20:15". */
    public StringBinding timeText() {
        return messages.compute(() -> now.get().format(DateTimeFormatter.ofPattern(messages.get("header.timePattern"),
                messages.locale())), now);
    }

    /** Reads the clock again; the view calls it every second while a visit is on. */
    public void tick() {
        now.set(LocalDateTime.now(clock).withNano(0));
    }

    public LocalDateTime now() {
        return now.get();
    }

    public BooleanProperty countdownShown() {
        return idle.countdownShownProperty();
    }

    public StringBinding countdownText() {
        return idle.secondsLeftText();
    }

    /** The service's steps; empty when none is being filed. */
    public ObservableList<StepMark> steps() {
        return steps;
    }

    public void showSteps(Optional<ServiceSteps> s) {
        if (s.isEmpty()) {
            steps.clear();
            return;
        }
        List<String> keys = s.get().keys();
        int at = s.get().current();
        List<StepMark> marks = java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> new StepMark(i + 1, keys.get(i),
                i < at ? StepMark.State.DONE : i == at ? StepMark.State.CURRENT : StepMark.State.TODO)).toList();
        if (!marks.equals(steps)) { // every change of the visit comes here: the same steps keep their labels
            steps.setAll(marks);
        }
    }

    /**
     * "✓ 1 身份验证", "▶ 2 填写", "3 确认": the mark says done or current in a shape, not only a colour. In 长辈版 only the
     * current step is named ("✓ 1 · ▶ 2 填写 · 3 · 4"): its large type leaves no room for four names beside the buttons.
     */
    public StringBinding stepText(StepMark m) {
        return messages.compute(() -> (m.state() == StepMark.State.DONE ? "✓ " : m.state() == StepMark.State.CURRENT ? "▶ " : "")
                + m.number() + (elderly.get() && m.state() != StepMark.State.CURRENT ? "" : " " + messages.get(m.key())), elderly);
    }

    public StringBinding endText() {
        return messages.text("session.end");
    }

    public StringBinding helpText() {
        return messages.text("help.call");
    }

    public StringBinding readAloudText() {
        return messages.text("header.readAloud");
    }

    public BooleanProperty readAloudAvailable() {
        return readAloudAvailable;
    }

    /** The voice's loudness now (each visit starts at normal). */
    public ObjectProperty<SpeechVolume> volume() {
        return volume;
    }

    /** "音量 ●○○": the loudness picked, as many dots as steps. */
    public StringBinding volumeText() {
        return messages.compute(() -> {
            int at = volume.get().ordinal();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < SpeechVolume.values().length; i++) {
                dots.append(i <= at ? '●' : '○');
            }
            return messages.get("header.volume", dots.toString());
        }, volume);
    }

    /** "● 长辈版" when on, "○ 长辈版" when off: the state in a mark and the button's pressed look. */
    public StringBinding elderlyText() {
        return messages.compute(() -> (elderly.get() ? "● " : "○ ") + messages.get("elderly.toggle"), elderly);
    }

    public BooleanProperty elderly() {
        return elderly;
    }

    /** "● 中文  ○ English": both languages, the one on the screen marked. */
    public StringBinding languageText() {
        return messages.text("header.language");
    }
}
