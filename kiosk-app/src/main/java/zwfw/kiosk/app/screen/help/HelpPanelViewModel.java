package zwfw.kiosk.app.screen.help;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.help.HelpUpdate;

/**
 * The help panel (呼叫帮助): it opens at once with the hotline, whether or not the platform can be reached, then
 * says what the service desk answered — the expected wait, staff's message, or that nobody could be told (then the
 * hotline is the way). 取消呼叫 closes the request; 继续办理 hides the panel and keeps it open. The visit's end
 * resets it, so the next citizen never sees the last one's call. FX thread only.
 */
public final class HelpPanelViewModel {
    /** Where the citizen's call stands, as the panel shows it. */
    public enum State { SENDING, WAITING, ANSWERED, OFFLINE, CLOSED }

    private final Messages messages;
    private final String hotline;
    private final Runnable call;
    private final Runnable cancel;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.CLOSED);
    private final ObjectProperty<HelpUpdate> last = new SimpleObjectProperty<>();
    private boolean called;

    /**
     * @param call   sends the request (returns at once; the answers come to {@link #update})
     * @param cancel closes it
     */
    public HelpPanelViewModel(Messages messages, String hotline, Runnable call, Runnable cancel) {
        this.messages = messages;
        this.hotline = hotline;
        this.call = call;
        this.cancel = cancel;
    }

    /** 呼叫帮助: the panel opens with the hotline, and the desk is called (or asked again where the call stands). */
    public void callForHelp() {
        open.set(true);
        if (!called || state.get() == State.CLOSED || state.get() == State.OFFLINE) {
            called = true;
            state.set(State.SENDING);
            last.set(null);
        }
        call.run();
    }

    /** The platform could not be reached before anything was sent (no back end): the hotline at once. */
    public void offline() {
        called = true;
        open.set(true);
        state.set(State.OFFLINE);
    }

    /** What the desk said, handed over on the FX thread; updates of a call this visit did not make are ignored. */
    public void update(HelpUpdate u) {
        if (!called) {
            return;
        }
        last.set(u);
        if (u instanceof HelpUpdate.Waiting) {
            state.set(State.WAITING);
        } else if (u instanceof HelpUpdate.Answered) {
            state.set(State.ANSWERED);
            open.set(true); // staff's answer is shown even if the citizen had put the panel away
        } else if (u instanceof HelpUpdate.Offline) {
            state.set(State.OFFLINE);
        } else if (u instanceof HelpUpdate.Closed) {
            state.set(State.CLOSED);
        }
    }

    /** 取消呼叫: the citizen no longer needs help. */
    public void cancelCall() {
        if (state.get() != State.OFFLINE && state.get() != State.CLOSED) {
            cancel.run();
        }
        called = false;
        state.set(State.CLOSED);
        open.set(false);
    }

    /** 继续办理: the panel goes, the call stays open. */
    public void hide() {
        open.set(false);
    }

    /** The visit ended: nothing of this call is left for the next citizen (the visit's end closes the request). */
    public void visitEnded() {
        called = false;
        last.set(null);
        state.set(State.CLOSED);
        open.set(false);
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** Whether a call is open at the desk (the panel offers 取消呼叫 then). */
    public boolean calling() {
        return state.get() == State.SENDING || state.get() == State.WAITING || state.get() == State.ANSWERED;
    }

    public javafx.beans.binding.BooleanBinding callingProperty() {
        return javafx.beans.binding.Bindings.createBooleanBinding(this::calling, state);
    }

    public StringBinding title() {
        return messages.text("help.title");
    }

    public StringBinding status() {
        return messages.compute(() -> switch (state.get()) {
            case SENDING -> messages.get("help.sending");
            case WAITING -> messages.get("help.waiting",
                    Math.max(1, (((HelpUpdate.Waiting) last.get()).estimatedWaitSeconds() + 59) / 60));
            case ANSWERED -> messages.get("help.answered");
            case OFFLINE -> messages.get("help.offline");
            case CLOSED -> messages.get("help.closed");
        }, state, last);
    }

    /** Staff's message in the screen's language, signed with their name; empty until they answer. */
    public StringBinding answer() {
        return messages.compute(() -> {
            if (!(last.get() instanceof HelpUpdate.Answered a)) {
                return "";
            }
            String text = a.message(messages.english() ? "en" : "zh");
            String name = a.staffName() == null || a.staffName().isBlank() ? "" : messages.get("help.staffSigned", a.staffName());
            return (text == null ? "" : text) + name;
        }, last);
    }

    public StringBinding hotlineText() {
        return messages.text("help.hotline", hotline);
    }

    public StringBinding cancelText() {
        return messages.text("help.cancel");
    }

    public StringBinding backText() {
        return messages.text("help.back");
    }
}
