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
 * off the FX thread; the screen says "checking" meanwhile. For 代办 the same screen asks first for
 * the agent, then for the applicant ({@link IdentifyStep}), with the two steps shown.
 */
public final class IdentifyViewModel {
    private final Messages messages;
    private final QrLogin qrLogin;
    private final Executor work;
    private final Consumer<Person> identified;
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final IdentifyStep step;
    private final String agentName;

    public IdentifyViewModel(Messages messages, QrLogin qrLogin, Executor work, Consumer<Person> identified) {
        this(messages, qrLogin, work, identified, IdentifyStep.SELF, null);
    }

    /** {@code agentName}: for the applicant step, the agent's masked name (already identified), else null. */
    public IdentifyViewModel(Messages messages, QrLogin qrLogin, Executor work, Consumer<Person> identified,
                             IdentifyStep step, String agentName) {
        this.messages = messages;
        this.qrLogin = qrLogin;
        this.work = work;
        this.identified = identified;
        this.step = step;
        this.agentName = agentName;
    }

    public IdentifyStep step() {
        return step;
    }

    public StringBinding title() {
        return messages.text(keyFor("title"));
    }

    public StringBinding cardPrompt() {
        return messages.text(keyFor("card"));
    }

    public StringBinding qrPrompt() {
        return messages.text(keyFor("qr"));
    }

    private String keyFor(String part) {
        return switch (step) {
            case SELF -> "identify." + part;
            case AGENT -> "identify.agent." + part;
            case APPLICANT -> "identify.applicant." + part;
        };
    }

    /** Whether the 代办 steps are shown (第1步 代办人 / 第2步 申请人). */
    public boolean showsSteps() {
        return step != IdentifyStep.SELF;
    }

    public StringBinding agentStepText() {
        return messages.text("identify.step.agent");
    }

    public StringBinding applicantStepText() {
        return messages.text("identify.step.applicant");
    }

    /** On the applicant step: who the agent is (masked), so both know the first step is done. */
    public StringBinding agentNote() {
        return agentName == null ? messages.compute(() -> "") : messages.text("identify.agentKnown", agentName);
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

    /** The person who identified cannot be taken here (e.g. the agent again as applicant); says why. */
    public void refused(String messageKey) {
        problemKey.set(messageKey);
    }
}
