package zwfw.kiosk.core.catalog;

import java.util.Locale;

/** A label in Chinese (first) and English. */
public record LocalizedText(String zh, String en) {
    /** The text for a locale, falling back to Chinese. */
    public String in(Locale locale) {
        if (locale != null && locale.getLanguage().equals("en") && en != null && !en.isBlank()) {
            return en;
        }
        return zh != null ? zh : en;
    }
}
