package zwfw.kiosk.app.speech;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import zwfw.kiosk.core.speech.SpeechEngine;
import zwfw.kiosk.core.speech.SpeechVolume;

/** A voice that writes down what it was asked to say (no sound card in a test; espeak-ng itself is tested apart). */
final class RecordingSpeech implements SpeechEngine {
    final List<String> said = new CopyOnWriteArrayList<>();
    private volatile SpeechVolume volume = SpeechVolume.NORMAL;

    @Override
    public void say(String text, Locale locale) {
        said.add(text);
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public SpeechVolume volume() {
        return volume;
    }

    @Override
    public void volume(SpeechVolume volume) {
        this.volume = volume;
    }

    String last() {
        return said.isEmpty() ? "" : said.get(said.size() - 1);
    }
}
