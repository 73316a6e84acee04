package zwfw.kiosk.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The screen texts of the bundle {@code messages} (Chinese in {@code messages.properties}, English in
 * {@code messages_en.properties}) in the language currently chosen. Texts handed out as bindings
 * follow a language switch at once.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "messages";
    // Without this, a JVM whose default locale is English would answer zh_CN from messages_en.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(CHINESE);

    public Messages(Locale initial) {
        locale.set(isEnglish(initial) ? ENGLISH : CHINESE);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean english() {
        return isEnglish(locale.get());
    }

    public void toggle() {
        locale.set(english() ? CHINESE : ENGLISH);
    }

    /** The text of {@code key} now, with {@code args} put into its {0} {1} … places. */
    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english() ? ENGLISH : Locale.ROOT, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for key " + key + " in " + BUNDLE, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /**
     * A catalog word (a department, a topic) in the current language: the catalog names them in
     * Chinese only, so English comes from {@code term.<word>} in the English bundle, and a word
     * nobody translated yet stays Chinese rather than failing.
     */
    public String term(String word) {
        if (word == null || !english()) {
            return word;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_FALLBACK);
        String key = "term." + word;
        return bundle.containsKey(key) ? bundle.getString(key) : word;
    }

    /** The text of {@code key}, following language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** A text computed from the language and other values, recomputed when any of them changes. */
    public StringBinding compute(Callable<String> text, Observable... others) {
        Observable[] deps = new Observable[others.length + 1];
        deps[0] = locale;
        System.arraycopy(others, 0, deps, 1, others.length);
        return Bindings.createStringBinding(text, deps);
    }

    private static boolean isEnglish(Locale l) {
        return l != null && "en".equals(l.getLanguage());
    }
}
