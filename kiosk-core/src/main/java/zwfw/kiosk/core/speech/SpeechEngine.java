package zwfw.kiosk.core.speech;

import java.util.Locale;

/**
 * Something that says a screen's words aloud: espeak-ng today, a better offline engine later. It is given
 * screen texts, never personal data ({@link SpokenPrivacy} guards that anyway), and makes its own Mandarin
 * reading ({@link MandarinReading}) where its voice needs one. A new text cuts the one being said off.
 * Implementations must not block the caller for long: they are called from the visit's threads.
 */
public interface SpeechEngine {
    SpeechEngine SILENT = new SpeechEngine() {
        @Override
        public void say(String text, Locale locale) {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    void say(String text, Locale locale);

    void stop();

    boolean available();

    /** The loudness the citizen chose: the visit's, reset when the visit ends. */
    default SpeechVolume volume() {
        return SpeechVolume.NORMAL;
    }

    default void volume(SpeechVolume volume) {
    }
}
