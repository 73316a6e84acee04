package zwfw.kiosk.core.form;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Renders {@link FieldProblem}s from the bundled messages ({@code form/messages*.properties}, Chinese default). */
public final class FormMessages {
    private FormMessages() {
    }

    public static String render(FieldProblem p, String fieldLabel, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("zwfw.kiosk.core.form.messages",
                locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = b.getString(p.messageKey());
        } catch (MissingResourceException e) {
            pattern = p.messageKey();
        }
        Object[] args = new Object[p.args().size() + 1];
        args[0] = fieldLabel;
        for (int i = 0; i < p.args().size(); i++) {
            args[i + 1] = p.args().get(i);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
