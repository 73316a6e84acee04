package zwfw.kiosk.app.screen.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.ServiceItem;

/**
 * The home screen: the open services grouped by department, the most used first (departments
 * ordered by their most used service), narrowed by what the citizen types into the search box.
 */
public final class HomeViewModel {
    /** One department and its services, in display order. */
    public record Group(String department, List<Row> services) {
    }

    /** One service as the list shows it. */
    public record Row(String code, String name, String needs, int minutes, ServiceItem item) {
    }

    private final Messages messages;
    private final Catalog catalog;
    private final ServiceUsage usage;
    private final Consumer<ServiceItem> choose;
    private final Runnable progress;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();

    public HomeViewModel(Messages messages, Catalog catalog, ServiceUsage usage, Consumer<ServiceItem> choose,
                         Runnable progress) {
        this.messages = messages;
        this.progress = progress;
        this.catalog = catalog;
        this.usage = usage;
        this.choose = choose;
        search.addListener((o, a, b) -> refresh());
        messages.localeProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public StringBinding title() {
        return messages.text("home.title");
    }

    public StringBinding searchPrompt() {
        return messages.text("home.search");
    }

    public StringBinding nothingFound() {
        return messages.text("home.nothingFound");
    }

    public StringBinding progressText() {
        return messages.text("home.progress");
    }

    /** Opens the progress query (办件进度查询). */
    public void progress() {
        progress.run();
    }

    public String minutesText(int minutes) {
        return messages.get("home.minutes", minutes);
    }

    public void choose(Row row) {
        usage.used(row.code());
        choose.accept(row.item());
    }

    private void refresh() {
        Locale locale = messages.locale();
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        List<ServiceItem> open = new ArrayList<>(catalog.openServices());
        open.removeIf(s -> !q.isEmpty() && !matches(s, q));
        // Stable sort: equally used services keep the catalog's order.
        open.sort(Comparator.comparingInt((ServiceItem s) -> -usage.count(s.code())));
        Map<String, List<Row>> byDepartment = new LinkedHashMap<>();
        for (ServiceItem s : open) {
            byDepartment.computeIfAbsent(s.department(), d -> new ArrayList<>()).add(
                    new Row(s.code(), s.name().in(locale), needs(s, locale),
                            s.estimatedMinutes() == null ? 0 : s.estimatedMinutes(), s));
        }
        List<Group> result = new ArrayList<>();
        byDepartment.forEach((d, rows) -> result.add(new Group(d, List.copyOf(rows))));
        groups.setAll(result);
    }

    private static boolean matches(ServiceItem s, String q) {
        return contains(s.name().zh(), q) || contains(s.name().en(), q) || contains(s.department(), q)
                || contains(s.category(), q) || contains(s.code(), q);
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    /** What to bring: the ID card when the service needs one, and every document the form asks for. */
    private String needs(ServiceItem s, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (s.requiresIdentity()) {
            parts.add(messages.get("home.needs.idCard"));
        }
        s.form().stream().filter(f -> f.type() == FieldType.ATTACHMENT).forEach(f -> parts.add(f.label().in(locale)));
        return parts.isEmpty() ? messages.get("home.needs.nothing")
                : messages.get("home.needs", String.join(messages.get("home.needs.separator"), parts));
    }
}
