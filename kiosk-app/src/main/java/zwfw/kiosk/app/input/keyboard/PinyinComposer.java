package zwfw.kiosk.app.input.keyboard;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.core.input.pinyin.PinyinCandidate;
import zwfw.kiosk.core.input.pinyin.PinyinDictionary;

/**
 * The letters being composed in 中 mode and the page of candidates for them. Holds no controls:
 * the keyboard shows it and hands it keys. Until the dictionary has loaded there are no candidates
 * ({@link #loadingProperty()} says so); letters typed meanwhile are kept and get candidates as soon
 * as it arrives ({@link #refresh()}). Used on the JavaFX thread only.
 */
public final class PinyinComposer {
    /** Candidates on one page of the bar. */
    public static final int PAGE_SIZE = 5;
    private final CompletableFuture<PinyinDictionary> dictionary;
    private final ReadOnlyStringWrapper letters = new ReadOnlyStringWrapper("");
    private final ObservableList<PinyinCandidate> page = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private List<PinyinCandidate> all = List.of();
    private int first;

    public PinyinComposer(CompletableFuture<PinyinDictionary> dictionary) {
        this.dictionary = dictionary;
    }

    public ReadOnlyStringProperty lettersProperty() {
        return letters.getReadOnlyProperty();
    }

    /** The candidates shown now (at most {@link #PAGE_SIZE}). */
    public ObservableList<PinyinCandidate> page() {
        return page;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    public boolean composing() {
        return !letters.get().isEmpty();
    }

    /** Adds a letter (a–z, or ' to break syllables) to the composition. */
    public void type(char letter) {
        letters.set(letters.get() + Character.toLowerCase(letter));
        refresh();
    }

    /** Removes the last composed letter; false when there was none (the field's own text is next). */
    public boolean backspace() {
        if (!composing()) {
            return false;
        }
        letters.set(letters.get().substring(0, letters.get().length() - 1));
        refresh();
        return true;
    }

    /**
     * Takes candidate {@code index} of the page: returns its text for the field and keeps composing
     * the letters it did not use; null when there is no such candidate.
     */
    public String pick(int index) {
        if (index < 0 || index >= page.size()) {
            return null;
        }
        PinyinCandidate c = page.get(index);
        letters.set(letters.get().substring(Math.min(c.consumed(), letters.get().length())));
        refresh();
        return c.text();
    }

    /** The first candidate (space), or the letters themselves when there is none; ends nothing else. */
    public String commitFirst() {
        if (!composing()) {
            return "";
        }
        if (all.isEmpty()) {
            return commitLetters();
        }
        first = 0;
        showPage();
        return pick(0);
    }

    /** Ends composing and returns the letters as typed (switching to 英, so nothing typed is lost). */
    public String commitLetters() {
        String s = letters.get();
        clear();
        return s;
    }

    public void clear() {
        letters.set("");
        refresh();
    }

    public void nextPage() {
        if (first + PAGE_SIZE < all.size()) {
            first += PAGE_SIZE;
            showPage();
        }
    }

    public void previousPage() {
        if (first > 0) {
            first = Math.max(0, first - PAGE_SIZE);
            showPage();
        }
    }

    /** Looks the letters up again (also when the dictionary has just arrived). */
    public void refresh() {
        PinyinDictionary d = dictionary.getNow(null);
        loading.set(d == null && !dictionary.isCompletedExceptionally());
        all = d == null || !composing() ? List.of() : d.candidates(letters.get());
        first = 0;
        showPage();
    }

    private void showPage() {
        page.setAll(all.subList(Math.min(first, all.size()), Math.min(first + PAGE_SIZE, all.size())));
        hasPrevious.set(first > 0);
        hasNext.set(first + PAGE_SIZE < all.size());
    }
}
