package zwfw.kiosk.app.screen.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.usage.UsageRecorder;

/**
 * The home screen: the open services grouped by department or by topic, the most used first (choices of the
 * last 30 days, kept in the kiosk's database; departments ordered by their most used service),
 * narrowed by what the citizen types into the search box. In 长辈版 the same services, in the same
 * order, come {@value #ELDERLY_PAGE_SIZE} to a page ({@link #page()}), turned with 上一页 / 下一页,
 * so nothing needs scrolling; the search is cleared there, as the elderly page has no search box.
 */
public final class HomeViewModel {
    // The kiosk's language and 长辈版 live as long as the kiosk. This model follows them through copies of its own,
    // bound to them (a binding listens weakly), and the screen listens to the copies: a listener on the kiosk's
    // properties themselves would keep this screen, and so every finished visit's screens, alive for the kiosk's life.
    private final BooleanProperty paged = new SimpleBooleanProperty(this, "paged");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");

    /** One heading (a department, or a topic) and its services, in display order. */
    public record Group(String department, List<Row> services) {
    }

    /**
     * How the list is grouped: by the department that handles a service, or by topic, the
     * catalog's {@code category} (社保, 就业, 不动产, 一件事 …), closer to the life event that brought
     * the citizen in than the name of an office is.
     */
    public enum Grouping { DEPARTMENT, TOPIC }

    /** One service as the list shows it. */
    public record Row(String code, String name, String needs, int minutes, ServiceItem item) {
    }

    /** Services on one page in 长辈版: one column of large buttons that fits a 1080-pixel-high screen. */
    public static final int ELDERLY_PAGE_SIZE = 4;

    private final Messages messages;
    private final Catalog catalog;
    private final UsageRecorder usage;
    private final Consumer<ServiceItem> choose;
    private final Runnable progress;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.DEPARTMENT);
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Row> page = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final BooleanBinding hasPrevious = pageIndex.greaterThan(0);
    private final BooleanBinding hasNext = pageIndex.lessThan(pageCount.subtract(1));
    private List<Row> ordered = List.of();

    public HomeViewModel(Messages messages, Catalog catalog, UsageRecorder usage, ObservableBooleanValue elderly,
                         Consumer<ServiceItem> choose, Runnable progress) {
        this.messages = messages;
        this.progress = progress;
        this.catalog = catalog;
        this.usage = usage;
        this.choose = choose;
        search.addListener((o, a, b) -> refresh());
        grouping.addListener((o, a, b) -> refresh());
        paged.bind(elderly);
        locale.bind(messages.localeProperty());
        locale.addListener((o, a, b) -> refresh());
        paged.addListener((o, was, on) -> {
            if (on && !search.get().isEmpty()) {
                search.set(""); // refreshes, back to page 1
            } else {
                pageIndex.set(0);
                fillPage();
            }
        });
        refresh();
    }

    /** True in 长辈版: the screen shows {@link #page()} with page buttons instead of the grouped list. */
    public ObservableBooleanValue paged() {
        return paged;
    }

    /** The services on the current page (长辈版), most used first. */
    public ObservableList<Row> page() {
        return page;
    }

    /** The current page, 0 for the first. */
    public ReadOnlyIntegerProperty pageIndex() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCount() {
        return pageCount;
    }

    public BooleanBinding hasPrevious() {
        return hasPrevious;
    }

    public BooleanBinding hasNext() {
        return hasNext;
    }

    public void nextPage() {
        if (hasNext.get()) {
            pageIndex.set(pageIndex.get() + 1);
            fillPage();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            pageIndex.set(pageIndex.get() - 1);
            fillPage();
        }
    }

    /** "第 1/3 页". */
    public StringBinding pageText() {
        return Bindings.createStringBinding(() -> messages.get("home.page", pageIndex.get() + 1, pageCount.get()),
                pageIndex, pageCount, messages.localeProperty());
    }

    public StringBinding previousText() {
        return messages.text("home.page.previous");
    }

    public StringBinding nextText() {
        return messages.text("home.page.next");
    }

    /** What to bring and how long, on one line: the elderly page's button has room for two lines only. */
    public String detailText(Row row) {
        return messages.get("home.detail", row.needs(), minutesText(row.minutes()));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    public StringBinding byDepartmentText() {
        return messages.text("home.byDepartment");
    }

    public StringBinding byTopicText() {
        return messages.text("home.byTopic");
    }

    /** A heading in the current language (the catalog names departments and topics in Chinese). */
    public String heading(Group g) {
        return messages.term(g.department());
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

    /** The choice is counted from the visit's stream, not here. */
    public void choose(Row row) {
        choose.accept(row.item());
    }

    private void refresh() {
        Locale locale = messages.locale();
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        List<ServiceItem> open = new ArrayList<>(catalog.openServices());
        open.removeIf(s -> !q.isEmpty() && !matches(s, q));
        // Stable sort: equally used services keep the catalog's order.
        open.sort(Comparator.comparingInt((ServiceItem s) -> -usage.timesChosen(s.code())));
        Map<String, List<Row>> byDepartment = new LinkedHashMap<>();
        for (ServiceItem s : open) {
            byDepartment.computeIfAbsent(headingOf(s), d -> new ArrayList<>()).add(
                    new Row(s.code(), s.name().in(locale), needs(s, locale),
                            s.estimatedMinutes() == null ? 0 : s.estimatedMinutes(), s));
        }
        List<Group> result = new ArrayList<>();
        byDepartment.forEach((d, rows) -> result.add(new Group(d, List.copyOf(rows))));
        groups.setAll(result);
        ordered = result.stream().flatMap(g -> g.services().stream()).toList();
        pageCount.set(Math.max(1, (ordered.size() + ELDERLY_PAGE_SIZE - 1) / ELDERLY_PAGE_SIZE));
        pageIndex.set(Math.min(pageIndex.get(), pageCount.get() - 1));
        fillPage();
    }

    private String headingOf(ServiceItem s) {
        String h = grouping.get() == Grouping.TOPIC ? s.category() : s.department();
        return h == null || h.isBlank() ? messages.get("home.otherHeading") : h;
    }

    private void fillPage() {
        int from = pageIndex.get() * ELDERLY_PAGE_SIZE;
        page.setAll(ordered.subList(Math.min(from, ordered.size()), Math.min(from + ELDERLY_PAGE_SIZE, ordered.size())));
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
