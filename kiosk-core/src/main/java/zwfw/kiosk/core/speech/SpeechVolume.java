package zwfw.kiosk.core.speech;

/** Three loudness steps a citizen can pick; every visit starts at {@link #NORMAL}. */
public enum SpeechVolume {
    NORMAL(100),
    LOUDER(150),
    LOUDEST(200);

    /** espeak-ng's amplitude (0–200; 100 is its default). */
    public final int amplitude;

    SpeechVolume(int amplitude) {
        this.amplitude = amplitude;
    }

    /** The next step up, going round to normal after the loudest. */
    public SpeechVolume next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
