package zwfw.kiosk.app.screen.form;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.attachment.EncodedPage;
import zwfw.kiosk.core.catalog.FormField;

/**
 * One attachment field of the form: the pages captured so far (shown as thumbnails), "1/3", a busy
 * flag while the camera works (off the FX thread), and what went wrong with the camera in plain
 * words. The pages themselves live in the session's {@link CaseAttachments}.
 */
public final class AttachmentFieldModel {
    private final Messages messages;
    private final FormField field;
    private final CaseAttachments store;
    private final PageCapture camera;
    private final Executor work;
    private final Runnable changed;
    private final ObservableList<EncodedPage> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty problemKey = new SimpleStringProperty("");
    private final BooleanProperty full = new SimpleBooleanProperty(false);

    AttachmentFieldModel(Messages messages, FormField field, CaseAttachments store, PageCapture camera, Executor work,
                         Runnable changed) {
        this.messages = messages;
        this.field = field;
        this.store = store;
        this.camera = camera;
        this.work = work;
        this.changed = changed;
        pages.setAll(store.pages(field.name()));
        full.set(!store.canAdd(field));
    }

    public FormField field() {
        return field;
    }

    /** The captured pages, in order (thumbnails are made from them). */
    public ObservableList<EncodedPage> pages() {
        return pages;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The capture button works when the camera is idle and the field (and case) can take one more page. */
    public BooleanBinding canCapture() {
        return busy.not().and(full.not());
    }

    public StringBinding captureText() {
        return messages.text("form.capture");
    }

    public StringBinding hintText() {
        return messages.text("form.capture.hint");
    }

    public StringBinding busyText() {
        return messages.text("form.capture.busy");
    }

    public StringBinding deleteText() {
        return messages.text("form.capture.delete");
    }

    /** "1/3": pages so far of the most this field takes (or of the case's limit). */
    public StringBinding countText() {
        int max = field.maxCount() == null ? CaseAttachments.MAX_PER_CASE : Math.min(field.maxCount(), CaseAttachments.MAX_PER_CASE);
        return Bindings.createStringBinding(() -> messages.get("form.capture.count", pages.size(), max),
                pages, messages.localeProperty());
    }

    /** What the camera last said, in the current language; empty when fine. */
    public StringBinding problemText() {
        return Bindings.createStringBinding(() -> problemKey.get().isEmpty() ? "" : messages.get(problemKey.get()),
                problemKey, messages.localeProperty());
    }

    /** Takes a page on a worker thread; the result lands on the FX thread. */
    public void capture() {
        if (busy.get() || !store.canAdd(field)) {
            return;
        }
        busy.set(true);
        problemKey.set("");
        work.execute(() -> {
            try {
                EncodedPage page = camera.capture();
                Platform.runLater(() -> captured(page));
            } catch (PageCapture.CaptureProblem e) {
                Platform.runLater(() -> failed(e.messageKey()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed("form.camera.failed"));
            }
        });
    }

    private void captured(EncodedPage page) {
        busy.set(false);
        if (store.isWiped() || !store.canAdd(field)) {
            page.wipe(); // the visit ended while the camera worked, or the case is full meanwhile
            return;
        }
        store.add(field, page);
        refresh();
    }

    private void failed(String key) {
        busy.set(false);
        problemKey.set(key);
    }

    /** Deletes the page at {@code index} (its bytes are zeroed). */
    public void remove(int index) {
        if (index < 0 || index >= pages.size() || store.isWiped()) {
            return;
        }
        store.remove(field.name(), index);
        refresh();
    }

    private void refresh() {
        pages.setAll(store.pages(field.name()));
        changed.run();
    }

    /** Another field's page may have used up the case's limit. */
    void refreshLimit() {
        full.set(!store.isWiped() && !store.canAdd(field));
    }
}
