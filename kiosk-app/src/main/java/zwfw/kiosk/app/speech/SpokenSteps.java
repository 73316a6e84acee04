package zwfw.kiosk.app.speech;

import java.util.Locale;
import zwfw.kiosk.app.i18n.Messages;
import zwfw.kiosk.core.speech.SpeechEngine;
import zwfw.kiosk.core.visit.Speaker;

/**
 * The visit's spoken prompts (长辈版): a step's prompt ({@code speech.<step>}) in the screen's
 * language, said by the configured speech program. Called off the FX thread, as starting a
 * process may take a while.
 */
public final class SpokenSteps implements Speaker {
    private final SpeechEngine speech;
    private final Messages messages;

    public SpokenSteps(SpeechEngine speech, Messages messages) {
        this.speech = speech;
        this.messages = messages;
    }

    @Override
    public void say(String step) {
        Locale locale = messages.locale();
        String text;
        try {
            text = messages.get("speech." + step);
        } catch (IllegalArgumentException e) {
            return; // a step without a prompt
        }
        speech.say(text, locale);
    }

    @Override
    public void stop() {
        speech.stop();
    }
}
