package zwfw.kiosk.app.screen.attract;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;

/**
 * What the attract screen shows: the centre, the date and time, the invitation to start, and
 * whether the kiosk is out of service (then the reason shown, as a message key, and no session
 * starts; which reason wins when several hold is decided by {@code ServiceGate}).
 */
public final class AttractViewModel {
    private final Messages messages;
    private final StringProperty centre = new SimpleStringProperty();
    private final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>();
    private final BooleanProperty outOfService = new SimpleBooleanProperty(false);
    private final StringProperty outOfServiceKey = new SimpleStringProperty("outOfService.reason.starting");
    private final Runnable startSession;
    private Runnable staffEntry = () -> { };
    private Runnable elderlyStart = () -> { };

    /** {@code clock}: the kiosk's one clock, in its configured zone; the view ticks it on with {@link #tick}. */
    public AttractViewModel(Messages messages, String centreName, Clock clock, Runnable startSession) {
        this.messages = messages;
        now.set(LocalDateTime.now(clock));
        this.startSession = startSession;
        centre.set(centreName);
    }

    public StringProperty centreProperty() {
        return centre;
    }

    public StringBinding title() {
        return messages.text("attract.title");
    }

    public StringBinding prompt() {
        return messages.text("attract.prompt");
    }

    public StringBinding date() {
        return messages.compute(() -> now.get().format(
                DateTimeFormatter.ofPattern(messages.get("attract.datePattern"), messages.locale())), now);
    }

    public StringBinding time() {
        return messages.compute(() -> now.get().format(DateTimeFormatter.ofPattern("HH:mm:ss")), now);
    }

    /** The label of the language button: the language it switches TO, in that language. */
    public StringBinding languageToggle() {
        return messages.text("language.switchTo");
    }

    public StringBinding outOfServiceTitle() {
        return messages.text("outOfService.title");
    }

    public StringBinding outOfServiceReason() {
        return messages.compute(() -> messages.get(outOfServiceKey.get()), outOfServiceKey);
    }

    /** The message key of the out-of-service reason. */
    public StringProperty reasonKeyProperty() {
        return outOfServiceKey;
    }

    public BooleanProperty outOfServiceProperty() {
        return outOfService;
    }

    public void tick(LocalDateTime time) {
        now.set(time);
    }

    public void toggleLanguage() {
        messages.toggle();
    }

    /** Puts the kiosk out of service for the reason named by message key {@code reasonKey}. */
    public void outOfService(String reasonKey) {
        outOfServiceKey.set(reasonKey);
        outOfService.set(true);
    }

    public void inService() {
        outOfService.set(false);
    }

    /** The label of the button that starts a visit in 长辈版. */
    public StringBinding elderlyStartText() {
        return messages.text("attract.elderly");
    }

    /** What the 长辈版 button does: a visit in 长辈版 (nothing until set). */
    public void onElderlyStart(Runnable start) {
        this.elderlyStart = start;
    }

    /** The 长辈版 button: starts a visit in 长辈版 unless out of service. */
    public boolean startElderly() {
        if (outOfService.get()) {
            return false;
        }
        elderlyStart.run();
        return true;
    }

    /** Where the hidden staff corner leads (the staff panel); nothing until set. */
    public void onStaffEntry(Runnable entry) {
        this.staffEntry = entry;
    }

    /** The hidden corner was held long enough. */
    public void staffEntry() {
        staffEntry.run();
    }

    /** A tap on the screen or a card on the reader: starts a session unless out of service. */
    public boolean start() {
        if (outOfService.get()) {
            return false;
        }
        startSession.run();
        return true;
    }
}
