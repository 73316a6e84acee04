package zwfw.kiosk.core.visit;

/** Says a step's prompt aloud (长辈版); the screen side knows the words and the language. */
public interface Speaker {
    Speaker SILENT = new Speaker() {
        @Override
        public void say(String step) {
        }

        @Override
        public void stop() {
        }
    };

    /** Says the prompt of the step named {@code step}. */
    void say(String step);

    void stop();
}
