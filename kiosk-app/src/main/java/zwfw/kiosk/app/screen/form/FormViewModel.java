package zwfw.kiosk.app.screen.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import zwfw.kiosk.app.i18n.Messages;
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
 * "next" is possible only when the whole form is valid. Attachments cannot be collected on the
 * kiosk's screen, so attachment fields are left out of the check (the citizen brings them).
 */
public final class FormViewModel {
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

    public FormViewModel(Messages messages, ServiceItem service, Map<String, String> initial, Consumer<Map<String, String>> next) {
        this.messages = messages;
        this.service = service;
        this.next = next;
        for (FormField f : service.form()) {
            if (f.type() == FieldType.ATTACHMENT || f.type() == FieldType.UNKNOWN) {
                continue;
            }
            FieldModel m = new FieldModel(f, initial.getOrDefault(f.name(), f.type() == FieldType.CHECKBOX ? "false" : ""));
            m.value.addListener((o, a, b) -> {
                m.touched.set(true);
                check();
            });
            fields.add(m);
        }
        messages.localeProperty().addListener((o, a, b) -> render());
        check();
    }

    public javafx.beans.value.ObservableValue<java.util.Locale> localeProperty() {
        return messages.localeProperty();
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
        return messages.compute(() -> n == 0 ? "" : messages.get("form.attachmentsAtCounter"));
    }

    public BooleanProperty validProperty() {
        return valid;
    }

    /** The values typed so far by field name. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        for (FieldModel m : fields) {
            v.put(m.field.name(), m.value.get());
        }
        return v;
    }

    /** "Next": shows every remaining problem, or goes on when there is none. */
    public boolean next() {
        fields.forEach(m -> m.touched.set(true));
        check();
        if (!valid.get()) {
            return false;
        }
        next.accept(values());
        return true;
    }

    private void check() {
        Map<String, String> input = new LinkedHashMap<>();
        for (FieldModel m : fields) {
            if (!m.value.get().isBlank()) {
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
