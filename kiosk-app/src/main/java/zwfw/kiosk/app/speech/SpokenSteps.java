package zwfw.kiosk.app.speech;

import zwfw.kiosk.core.visit.Speaker;

/**
 * The visit's voice in 长辈版: on arriving at a step, the step's prompt ({@code speech.<step>}) and everything the
 * screen shows, in the screen's language. The visit calls it on its speech thread, after the screen change was
 * handed to the FX thread, so the screen read is the new one.
 */
public final class SpokenSteps implements Speaker {
    private final ReadAloud reader;

    public SpokenSteps(ReadAloud reader) {
        this.reader = reader;
    }

    @Override
    public void say(String step) {
        reader.readScreenLater(step);
    }

    @Override
    public void stop() {
        reader.stop();
    }
}
