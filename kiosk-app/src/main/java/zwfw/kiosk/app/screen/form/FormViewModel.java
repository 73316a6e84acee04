package zwfw.kiosk.app.screen.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.attachment.CaseAttachments;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.form.FieldProblem;
import zwfw.kiosk.core.form.FormCheck;
import zwfw.kiosk.core.form.FormMessages;
import zwfw.kiosk.core.form.FormValidator;

/**
 * The service's form, built from its schema, checked by the core {@link FormValidator} on every
 * keystroke. A field shows its problem once the citizen has typed into it (or tried to go on);
 * "next" is possible only when the whole form is valid. Attachment fields are captured with the
 * document camera ({@link AttachmentFieldModel}); their value here is the page count, and the check
 * sees the pages' names, as the platform will. Without a camera wiring they are left out and the
 * citizen hands the papers in at the counter.
 * In 长辈版 the fields come {@value #ELDERLY_FIELDS_PER_PAGE} to a page ({@link #pageFields()}):
 * "next" checks the page's fields and turns to the next page, on the last page it goes on as always.
 */
public final class FormViewModel {
    // The kiosk's language and 长辈版 live as long as the kiosk. This model follows them through copies of its own,
    // bound to them (a binding listens weakly), and the screen listens to the copies: a listener on the kiosk's
    // properties themselves would keep this screen, and so every finished visit's screens, alive for the kiosk's life.
    private final BooleanProperty paged = new SimpleBooleanProperty(this, "paged");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");

    /** One field: its value as typed and its problem in the current language (empty when fine). */
    public static final class FieldModel {
        private final FormField field;
        private final StringProperty value = new SimpleStringProperty("");
        private final StringProperty problem = new SimpleStringProperty("");
        private final BooleanProperty touched = new SimpleBooleanProperty(false);
        private FieldProblem current;

        FieldModel(FormField field, String initial) {
            this.field = field;
            value.set(initial == null ? "" : initial);
        }

        public FormField field() {
            return field;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public StringProperty problemProperty() {
            return problem;
        }
    }

    private final Messages messages;
    private final ServiceItem service;
    private final List<FieldModel> fields = new ArrayList<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final Consumer<Map<String, String>> next;
    /** Fields on one page in 长辈版: what fits a 1080-pixel-high screen without scrolling. */
    public static final int ELDERLY_FIELDS_PER_PAGE = 2;
    private final ObservableList<FieldModel> pageFields = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final CaseAttachments pages;
    private final Map<String, AttachmentFieldModel> attachments = new LinkedHashMap<>();

    public FormViewModel(Messages messages, ServiceItem service, Map<String, String> initial, Consumer<Map<String, String>> next) {
        this(messages, service, initial, new SimpleBooleanProperty(false), next, null, null, null);
    }

    /** {@code elderly}: 长辈版, which pages the fields; followed live. */
    public FormViewModel(Messages messages, ServiceItem service, Map<String, String> initial, ObservableBooleanValue elderly,
                         Consumer<Map<String, String>> next) {
        this(messages, service, initial, elderly, next, null, null, null);
    }

    /** With {@code pages} (the session's), a {@code camera} and a worker thread, attachment fields are captured on screen. */
    public FormViewModel(Messages messages, ServiceItem service, Map<String, String> initial, Consumer<Map<String, String>> next,
                         CaseAttachments pages, PageCapture camera, Executor work) {
        this(messages, service, initial, new SimpleBooleanProperty(false), next, pages, camera, work);
    }

    /** Both: 长辈版 pages and attachment fields captured with the {@code camera}. */
    public FormViewModel(Messages messages, ServiceItem service, Map<String, String> initial, ObservableBooleanValue elderly,
                         Consumer<Map<String, String>> next, CaseAttachments pages, PageCapture camera, Executor work) {
        paged.bind(elderly);
        locale.bind(messages.localeProperty());
        this.messages = messages;
        this.service = service;
        this.next = next;
        this.pages = pages;
        for (FormField f : service.form()) {
            if (f.type() == FieldType.ATTACHMENT && pages == null || f.type() == FieldType.UNKNOWN) {
                continue;
            }
            String start = f.type() == FieldType.ATTACHMENT ? pageCount(f) : initial.getOrDefault(f.name(), f.type() == FieldType.CHECKBOX ? "false" : "");
            FieldModel m = new FieldModel(f, start);
            if (f.type() == FieldType.ATTACHMENT) {
                attachments.put(f.name(), new AttachmentFieldModel(messages, f, pages, camera, work, () -> {
                    m.value.set(pageCount(f));
                    attachments.values().forEach(AttachmentFieldModel::refreshLimit);
                }));
            }
            m.value.addListener((o, a, b) -> {
                m.touched.set(true);
                check();
            });
            fields.add(m);
        }
        locale.addListener((o, a, b) -> render());
        pageCount.set(Math.max(1, (fields.size() + ELDERLY_FIELDS_PER_PAGE - 1) / ELDERLY_FIELDS_PER_PAGE));
        paged.addListener((o, was, on) -> turnTo(0));
        turnTo(0);
        check();
    }

    /** True in 长辈版: the screen shows {@link #pageFields()} instead of every field. */
    public ObservableBooleanValue paged() {
        return paged;
    }

    /** The fields of the current page in 长辈版. */
    public ObservableList<FieldModel> pageFields() {
        return pageFields;
    }

    public ReadOnlyIntegerProperty pageIndex() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCount() {
        return pageCount;
    }

    public BooleanBinding hasPrevious() {
        return pageIndex.greaterThan(0);
    }

    /** True when the page buttons are needed: 长辈版 and more than one page. */
    public BooleanBinding showsPages() {
        return Bindings.createBooleanBinding(() -> paged.get() && pageCount.get() > 1, paged, pageCount);
    }

    /** "第 1/3 页". */
    public StringBinding pageText() {
        return Bindings.createStringBinding(() -> messages.get("home.page", pageIndex.get() + 1, pageCount.get()),
                pageIndex, pageCount, messages.localeProperty());
    }

    public StringBinding previousText() {
        return messages.text("home.page.previous");
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            turnTo(pageIndex.get() - 1);
        }
    }

    private void turnTo(int page) {
        pageIndex.set(page);
        int from = page * ELDERLY_FIELDS_PER_PAGE;
        pageFields.setAll(fields.subList(Math.min(from, fields.size()), Math.min(from + ELDERLY_FIELDS_PER_PAGE, fields.size())));
    }

    private String pageCount(FormField f) {
        int n = pages.count(f.name());
        return n == 0 ? "" : Integer.toString(n);
    }

    /** The camera side of an attachment field (null for other fields). */
    public AttachmentFieldModel attachment(FieldModel m) {
        return attachments.get(m.field.name());
    }

    /** The kiosk's language, through this model's own copy: listen here, never to the kiosk's. */
    public ObservableValue<Locale> localeProperty() {
        return locale;
    }

    /** The bundle the form's on-screen keyboard labels its keys from. */
    public Messages messages() {
        return messages;
    }

    public List<FieldModel> fields() {
        return fields;
    }

    public String label(FieldModel m) {
        return m.field.label().in(messages.locale()) + (m.field.isRequired() ? " *" : "");
    }

    public String optionLabel(zwfw.kiosk.core.catalog.FieldOption o) {
        return o.label().in(messages.locale());
    }

    public StringBinding title() {
        return messages.compute(() -> service.name().in(messages.locale()));
    }

    public StringBinding nextText() {
        return messages.text("form.next");
    }

    public StringBinding attachmentsNote() {
        long n = service.form().stream().filter(f -> f.type() == FieldType.ATTACHMENT).count();
        return messages.compute(() -> n == 0 || pages != null ? "" : messages.get("form.attachmentsAtCounter"));
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    /** The values typed so far by field name (for an attachment field: how many pages). */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        for (FieldModel m : fields) {
            v.put(m.field.name(), m.value.get());
        }
        return v;
    }

    /**
     * "Next": shows every remaining problem, or goes on when there is none. In 长辈版 before the last
     * page: shows the page's problems, or turns the page; on the last page, a problem left on an
     * earlier page turns back to it.
     */
    public boolean next() {
        if (paged.get() && pageIndex.get() < pageCount.get() - 1) {
            pageFields.forEach(m -> m.touched.set(true));
            check();
            if (pageFields.stream().noneMatch(m -> m.current != null)) {
                turnTo(pageIndex.get() + 1);
            }
            return false;
        }
        fields.forEach(m -> m.touched.set(true));
        check();
        if (!valid.get()) {
            if (paged.get()) {
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.get(i).current != null) {
                        turnTo(i / ELDERLY_FIELDS_PER_PAGE);
                        break;
                    }
                }
            }
            return false;
        }
        next.accept(values());
        return true;
    }

    private void check() {
        Map<String, Object> input = new LinkedHashMap<>();
        Map<String, List<String>> pageNames = pages == null ? Map.of() : pages.names();
        for (FieldModel m : fields) {
            if (m.field.type() == FieldType.ATTACHMENT) {
                if (pageNames.containsKey(m.field.name())) {
                    input.put(m.field.name(), pageNames.get(m.field.name()));
                }
            } else if (!m.value.get().isBlank()) {
                input.put(m.field.name(), m.value.get());
            }
        }
        List<FormField> schema = fields.stream().map(FieldModel::field).toList();
        FormCheck result = FormValidator.check(schema, input);
        for (FieldModel m : fields) {
            m.current = result.problems().stream().filter(p -> p.field().equals(m.field.name())).findFirst().orElse(null);
        }
        valid.set(result.ok());
        render();
    }

    private void render() {
        for (FieldModel m : fields) {
            m.problem.set(m.current == null || !m.touched.get() ? ""
                    : FormMessages.render(m.current, m.field.label().in(messages.locale()), messages.locale()));
        }
    }
}
