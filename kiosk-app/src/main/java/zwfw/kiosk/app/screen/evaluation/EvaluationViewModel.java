package zwfw.kiosk.app.screen.evaluation;

import zwfw.kiosk.core.form.TextLimits;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import zwfw.kiosk.app.i18n.Messages;

/**
 * The national 好差评 scale: 5 非常满意 … 1 非常不满意. A level of 1 or 2 must say why (a reason
 * tag or a typed comment, as the platform contract asks), so the evaluation can be acted on; at
 * 3–5 the comment is optional. Submitting hands level, tags and comment on; the navigator puts them
 * in the outbox. The comment is the citizen's own words and may hold anything: it is never logged.
 */
public final class EvaluationViewModel {
    /** The reasons offered for a poor level, as message keys (their text is what is sent). */
    public static final List<String> REASON_KEYS = List.of("evaluation.tag.wait", "evaluation.tag.complex",
            "evaluation.tag.device", "evaluation.tag.unclear", "evaluation.tag.attitude");

    private final Messages messages;
    private final IntegerProperty level = new SimpleIntegerProperty(0);
    private final ObservableSet<String> tags = FXCollections.observableSet();
    /** The longest comment accepted (the contract sets none; a kiosk comment is a sentence or two). */
    public static final int MAX_COMMENT = 200;

    /** What submitting hands on: level, the chosen reasons' message keys, the comment (stripped, maybe empty). */
    @FunctionalInterface
    public interface Submission {
        void submit(int level, List<String> tagKeys, String comment);
    }

    private final StringProperty comment = new SimpleStringProperty("");
    private final Submission submit;
    private final BooleanBinding canSubmit;

    public EvaluationViewModel(Messages messages, Submission submit) {
        this.messages = messages;
        this.submit = submit;
        canSubmit = Bindings.createBooleanBinding(() -> level.get() >= 3
                || (level.get() >= 1 && (!tags.isEmpty() || !comment.get().isBlank())), level, tags, comment);
    }

    private Runnable skip = () -> { };
    private Runnable home = () -> { };

    /** "跳过" (no evaluation, the thank-you all the same) and "返回首页". */
    public EvaluationViewModel onLeave(Runnable skipEvaluation, Runnable backHome) {
        this.skip = skipEvaluation;
        this.home = backHome;
        return this;
    }

    public void skip() {
        skip.run();
    }

    public void home() {
        home.run();
    }

    public StringBinding skipText() {
        return messages.text("evaluation.skip");
    }

    public StringBinding homeText() {
        return messages.text("session.end");
    }

    /** The typed comment; the view keeps it to {@link #MAX_COMMENT} characters. */
    public StringProperty commentProperty() {
        return comment;
    }

    public StringBinding commentPrompt() {
        return Bindings.createStringBinding(() -> messages.get(reasonsNeeded().get() ? "evaluation.comment.needed" : "evaluation.comment"),
                level, messages.localeProperty());
    }

    /** "12/200". */
    public StringBinding commentCount() {
        return Bindings.createStringBinding(() -> messages.get("evaluation.comment.count", TextLimits.chars(comment.get()), MAX_COMMENT),
                comment, messages.localeProperty());
    }

    /** The bundle the comment's on-screen keyboard labels its keys from. */
    public Messages messages() {
        return messages;
    }

    public StringBinding title() {
        return messages.text("evaluation.title");
    }

    public StringBinding levelText(int l) {
        return messages.text("evaluation.level." + l);
    }

    public StringBinding reasonText(String key) {
        return messages.text(key);
    }

    public StringBinding reasonsPrompt() {
        return messages.text("evaluation.reasons");
    }

    public StringBinding submitText() {
        return messages.text("evaluation.submit");
    }

    public IntegerProperty levelProperty() {
        return level;
    }

    /** Reasons are asked for when the level is 1 or 2. */
    public BooleanBinding reasonsNeeded() {
        return level.greaterThan(0).and(level.lessThan(3));
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public void choose(int l) {
        if (l < 1 || l > 5) {
            throw new IllegalArgumentException("level 1..5");
        }
        level.set(l);
        if (l >= 3) {
            tags.clear();
        }
    }

    public void toggle(String reasonKey) {
        if (!tags.remove(reasonKey)) {
            tags.add(reasonKey);
        }
    }

    public boolean submit() {
        if (!canSubmit.get()) {
            return false;
        }
        // The platform gets the reasons in Chinese whatever the screen's language.
        List<String> texts = new ArrayList<>();
        for (String k : REASON_KEYS) {
            if (tags.contains(k)) {
                texts.add(k);
            }
        }
        String c = comment.get().strip();
        submit.submit(level.get(), texts, TextLimits.cut(c, MAX_COMMENT));
        return true;
    }
}
