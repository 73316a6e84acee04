package zwfw.kiosk.app.screen.identify;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.identity.QrLogin;
import zwfw.kiosk.core.platform.Person;

/**
 * "Who are you?": an ID card on the reader (the navigator hands it over) or a login QR code from
 * the government app on the scanner, whichever comes first. The QR exchange goes to the platform
 * off the FX thread; the screen says "checking" meanwhile.
 */
public final class IdentifyViewModel {
    private final Messages messages;
    private final QrLogin qrLogin;
    private final Executor work;
    private final Consumer<Person> identified;
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);

    public IdentifyViewModel(Messages messages, QrLogin qrLogin, Executor work, Consumer<Person> identified) {
        this.messages = messages;
        this.qrLogin = qrLogin;
        this.work = work;
        this.identified = identified;
    }

    public StringBinding title() {
        return messages.text("identify.title");
    }

    public StringBinding cardPrompt() {
        return messages.text("identify.card");
    }

    public StringBinding qrPrompt() {
        return messages.text("identify.qr");
    }

    /** What to do when the card will not read: always on screen, so nobody is left guessing. */
    public StringBinding help() {
        return messages.text("identify.help");
    }

    public StringBinding checkingText() {
        return messages.text("identify.checking");
    }

    public StringBinding problem() {
        return messages.compute(() -> problemKey.get().isEmpty() ? "" : messages.get(problemKey.get()), problemKey);
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    /** A code from the scanner, on the FX thread. */
    public void qrScanned(String text) {
        if (checking.get()) {
            return;
        }
        checking.set(true);
        problemKey.set("");
        work.execute(() -> {
            QrLogin.Outcome outcome = qrLogin.exchange(text);
            Platform.runLater(() -> {
                checking.set(false);
                if (outcome instanceof QrLogin.Outcome.Identified id) {
                    identified.accept(id.person());
                } else if (outcome instanceof QrLogin.Outcome.NotAccepted na) {
                    problemKey.set(na.messageKey());
                } else {
                    problemKey.set("identify.qr.unavailable");
                }
            });
        });
    }

    /** The card reader could not read the card. */
    public void cardFailed() {
        problemKey.set("identify.card.failed");
    }
}
