package zwfw.kiosk.app.screen.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.catalog.FieldOption;
import zwfw.kiosk.core.catalog.FieldType;
import zwfw.kiosk.core.catalog.FormField;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.platform.Person;
import zwfw.kiosk.core.receipt.PersonalDataMask;

/**
 * "Please check": the service, the applicant (name and ID number masked, as anyone behind the
 * citizen could read the screen) and for 代办 the agent too, every answer, and a warning before
 * submitting when the printer has no paper (the receipt will then be shown as a QR code).
 */
public final class ReviewViewModel {
    /** One line of the summary. */
    public record Line(String label, String value) {
    }

    private final Messages messages;
    private final ServiceItem service;
    private final Person applicant;
    private final Person agent;
    private final Map<String, String> values;
    private final BooleanProperty printerOut = new SimpleBooleanProperty(false);
    private final Runnable confirm;
    // The kiosk's language, through a bound copy (a binding listens weakly): see localeProperty().
    private final javafx.beans.property.ObjectProperty<java.util.Locale> locale =
            new javafx.beans.property.SimpleObjectProperty<>(this, "locale");
    private final Runnable edit;

    public ReviewViewModel(Messages messages, ServiceItem service, Person applicant, Map<String, String> values,
                           boolean printerOutOfPaper, Runnable confirm, Runnable edit) {
        this(messages, service, applicant, null, values, printerOutOfPaper, confirm, edit);
    }

    /** {@code agent}: the 代办人 of a case filed on the applicant's behalf, or null. */
    public ReviewViewModel(Messages messages, ServiceItem service, Person applicant, Person agent, Map<String, String> values,
                           boolean printerOutOfPaper, Runnable confirm, Runnable edit) {
        this.messages = messages;
        this.service = service;
        this.applicant = applicant;
        this.agent = agent;
        this.values = Map.copyOf(values);
        this.confirm = confirm;
        this.edit = edit;
        printerOut.set(printerOutOfPaper);
        locale.bind(messages.localeProperty());
    }

    public StringBinding title() {
        return messages.text("review.title");
    }

    public StringBinding confirmText() {
        return messages.text("review.confirm");
    }

    public StringBinding editText() {
        return messages.text("review.edit");
    }

    public StringBinding printerWarning() {
        return messages.text("review.printerOut");
    }

    public BooleanProperty printerOutProperty() {
        return printerOut;
    }

    /** The kiosk's language, through this model's own copy: listen here, never to the kiosk's (it would hold the screen). */
    public javafx.beans.value.ObservableValue<java.util.Locale> localeProperty() {
        return locale;
    }

    /** The summary in the current language; personal data masked. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(messages.get("review.service"), service.name().in(messages.locale())));
        if (applicant != null) {
            lines.add(new Line(messages.get("review.name"), PersonalDataMask.name(applicant.name())));
            lines.add(new Line(messages.get("review.idNumber"), PersonalDataMask.idNumber(applicant.idNumber())));
        }
        if (agent != null) {
            lines.add(new Line(messages.get("review.agent"), PersonalDataMask.name(agent.name())));
            lines.add(new Line(messages.get("review.agentIdNumber"), PersonalDataMask.idNumber(agent.idNumber())));
        }
        for (FormField f : service.form()) {
            String v = values.get(f.name());
            if (v == null || v.isBlank()) {
                continue;
            }
            lines.add(new Line(f.label().in(messages.locale()), shown(f, v)));
        }
        return lines;
    }

    private String shown(FormField f, String v) {
        if (f.type() == FieldType.SELECT && f.options() != null) {
            return f.options().stream().filter(o -> o.value().equals(v)).map(FieldOption::label)
                    .map(l -> l.in(messages.locale())).findFirst().orElse(v);
        }
        if (f.type() == FieldType.ATTACHMENT) {
            return messages.get("review.pages", v); // the form holds the page count; pages are never shown here
        }
        if (f.type() == FieldType.CHECKBOX) {
            return messages.get("true".equals(v) ? "review.yes" : "review.no");
        }
        if (f.type() == FieldType.ID_NUMBER) {
            return PersonalDataMask.idNumber(v);
        }
        if (f.type() == FieldType.PHONE && v.length() == 11) {
            return v.substring(0, 3) + "****" + v.substring(7);
        }
        return v;
    }

    public void confirm() {
        confirm.run();
    }

    public void edit() {
        edit.run();
    }
}
