package zwfw.kiosk.app.screen.identify;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.visit.IdentifyRole;

/**
 * "Who are you?": an ID card on the reader or a login QR code from the government app on the
 * scanner, whichever comes first. The visit hears both and checks the code with the platform; this
 * model only shows where that stands ({@link #show}): "checking", or why the last try failed. For
 * 代办 the same screen asks first for the agent, then for the applicant ({@link IdentifyRole}), with
 * the two steps shown.
 */
public final class IdentifyViewModel {
    private final Messages messages;
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final IdentifyRole step;
    private final String agentName;

    private final Runnable onBehalf;

    /** {@code agentName}: for the applicant step, the agent's masked name (already identified), else null. */
    public IdentifyViewModel(Messages messages, IdentifyRole step, String agentName) {
        this(messages, step, agentName, null);
    }

    /** {@code onBehalf}: "为他人代办", offered (as a secondary button) where the service allows it; null: not offered. */
    public IdentifyViewModel(Messages messages, IdentifyRole step, String agentName, Runnable onBehalf) {
        this.messages = messages;
        this.step = step;
        this.agentName = agentName;
        this.onBehalf = onBehalf;
    }

    public boolean offersOnBehalf() {
        return onBehalf != null;
    }

    public void chooseOnBehalf() {
        if (onBehalf != null) {
            onBehalf.run();
        }
    }

    public StringBinding onBehalfText() {
        return messages.text("agent.button");
    }

    public StringBinding onBehalfDetail() {
        return messages.text("agent.button.detail");
    }

    public IdentifyRole step() {
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
        return step != IdentifyRole.SELF;
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

    /** Where identifying stands: why the last try failed (a message key, empty when none), and whether a code is being checked. */
    public void show(String problem, boolean checkingCode) {
        problemKey.set(problem == null ? "" : problem);
        checking.set(checkingCode);
    }
}
