package zwfw.kiosk.app.screen.admin;

import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.usage.UsageFigures;

/**
 * The administrator's usage screen without its controls: which period (today, 7 or 30 days, or a
 * chosen range), the figures of that period ({@link UsageFigures}, the same the reports print),
 * whether they are loading and whether they are synthetic. Figures are read on the work executor,
 * never on the FX thread; an answer for a period no longer chosen is dropped.
 */
public final class AdminUsageViewModel {
    private static final Logger log = LoggerFactory.getLogger(AdminUsageViewModel.class);

    /** The periods offered. */
    public enum Period { TODAY, LAST_7_DAYS, LAST_30_DAYS, RANGE }

    private final Messages messages;
    private final UsageFiguresSource source;
    private final Executor work;
    private final Function<String, String> serviceName;
    private final Runnable onClose;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.TODAY);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<UsageFigures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private Consumer<UsageFigures> shownListener = f -> { };
    private long asked;

    /**
     * @param serviceName a service code's name in the current language ("" when unknown)
     * @param onClose     what 返回 does (the page factory's caller decides where to go)
     */
    public AdminUsageViewModel(Messages messages, UsageFiguresSource source, Executor work,
                               Function<String, String> serviceName, Runnable onClose) {
        this.messages = messages;
        this.source = source;
        this.work = work;
        this.serviceName = serviceName;
        this.onClose = onClose;
    }

    /** Shows today, the last 7 or the last 30 days (today included). */
    public void show(Period p) {
        if (p == Period.RANGE) {
            throw new IllegalArgumentException("a range needs its days: showRange(from, to)");
        }
        // "Today" is asked on the work thread with the figures: the source's clock is the configured one.
        period.set(p);
        load(p, null, null);
    }

    /** Shows a chosen range; a range ending before it starts is a problem shown, not a load. */
    public void showRange(LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first)) {
            problem.set(messages.get("admin.range.invalid"));
            return;
        }
        period.set(Period.RANGE);
        load(Period.RANGE, first, last);
    }

    private void load(Period p, LocalDate first, LocalDate last) {
        long ticket = ++asked;
        loading.set(true);
        problem.set("");
        work.execute(() -> {
            try {
                LocalDate today = source.today();
                LocalDate a = first != null ? first : p == Period.TODAY ? today : today.minusDays(p == Period.LAST_7_DAYS ? 6 : 29);
                LocalDate b = last != null ? last : today;
                UsageFigures f = source.figures(a, b);
                Platform.runLater(() -> answered(ticket, f, null));
            } catch (RuntimeException e) {
                log.warn("usage figures not read: {}", e.toString());
                Platform.runLater(() -> answered(ticket, null, e));
            }
        });
    }

    private void answered(long ticket, UsageFigures f, RuntimeException failure) {
        if (ticket != asked) {
            return; // another period was chosen meanwhile
        }
        loading.set(false);
        if (failure != null) {
            problem.set(messages.get("admin.loadFailed"));
            return;
        }
        from.set(f.from());
        to.set(f.to());
        figures.set(f);
        shownListener.accept(f);
    }

    /** Told on the FX thread after each period's figures are set (benchmarks and tests wait on it). */
    public void onShown(Consumer<UsageFigures> listener) {
        this.shownListener = listener;
    }

    public void close() {
        onClose.run();
    }

    public ReadOnlyObjectProperty<UsageFigures> figuresProperty() {
        return figures;
    }

    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ReadOnlyObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public Messages messages() {
        return messages;
    }

    public StringBinding text(String key, Object... args) {
        return messages.text(key, args);
    }

    /** The heading: the period shown, and whether the data are synthetic. */
    public StringBinding heading() {
        return messages.compute(() -> {
            UsageFigures f = figures.get();
            if (f == null) {
                return messages.get("admin.loading");
            }
            String days = f.from().equals(f.to()) ? f.from().toString() : messages.get("admin.period", f.from(), f.to());
            return days;
        }, figures);
    }

    /** Shown only for seeded figures: they are not the kiosk's real usage. */
    public StringBinding seededNotice() {
        return messages.compute(() -> figures.get() != null && figures.get().seeded() ? messages.get("admin.seeded") : "", figures);
    }

    /** A label of a figure's key in the current language: {@code admin.<group>.<key>}, the key itself when there is none. */
    public String label(String group, String key) {
        try {
            return messages.get("admin." + group + "." + key);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    public String serviceName(String code) {
        String name = serviceName.apply(code);
        return name == null || name.isEmpty() ? code : name;
    }

    /** A department in the current language (the catalog names them in Chinese). */
    public String department(String name) {
        return name == null || name.isEmpty() ? "—" : messages.term(name);
    }
}
