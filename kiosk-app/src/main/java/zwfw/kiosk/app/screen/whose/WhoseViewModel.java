package zwfw.kiosk.app.screen.whose;

import javafx.beans.binding.StringBinding;
import zwfw.kiosk.app.i18n.Messages;

/**
 * "Whose case is it?", asked for a service that may be filed on someone's behalf (代办, the proxy
 * service for elderly and disabled citizens): for oneself, or as agent for another person. When a
 * card was read on the attract screen already, its holder is told they will be the agent.
 */
public final class WhoseViewModel {
    private final Messages messages;
    private final String cardHolder;
    private final Runnable forSelf;
    private final Runnable onBehalf;

    /** {@code cardHolder} is the masked name of whoever identified on the attract screen, or null. */
    public WhoseViewModel(Messages messages, String cardHolder, Runnable forSelf, Runnable onBehalf) {
        this.messages = messages;
        this.cardHolder = cardHolder;
        this.forSelf = forSelf;
        this.onBehalf = onBehalf;
    }

    public StringBinding title() {
        return messages.text("whose.title");
    }

    public StringBinding selfText() {
        return messages.text("whose.self");
    }

    public StringBinding selfDetail() {
        return messages.text("whose.self.detail");
    }

    public StringBinding agentText() {
        return messages.text("whose.agent");
    }

    public StringBinding agentDetail() {
        return messages.text("whose.agent.detail");
    }

    /** Says whose card was read and that they would be the agent; empty when nobody identified yet. */
    public StringBinding cardNote() {
        return cardHolder == null ? messages.compute(() -> "") : messages.text("whose.cardRead", cardHolder);
    }

    public boolean cardRead() {
        return cardHolder != null;
    }

    public void chooseSelf() {
        forSelf.run();
    }

    public void chooseOnBehalf() {
        onBehalf.run();
    }
}
