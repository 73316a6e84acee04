package zwfw.kiosk.core.speech;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * espeak-ng as the kiosk's voice, when installed; silent otherwise. Chinese goes to the
 * {@code cmn-latn-pinyin} voice after {@link MandarinReading}: Debian 12's {@code cmn} voice reads Chinese
 * characters as English-spelled pinyin, and any Latin letter or digit makes espeak-ng switch to English.
 */
public final class EspeakNg implements SpeechEngine {
    public static final String MANDARIN_VOICE = "cmn-latn-pinyin";
    private static final Logger log = LoggerFactory.getLogger(EspeakNg.class);
    private final Path executable;
    private Process speaking;
    private volatile SpeechVolume volume = SpeechVolume.NORMAL;

    private EspeakNg(Path executable) {
        this.executable = executable;
    }

    /** espeak-ng from the PATH, or silence. */
    public static EspeakNg fromPath(boolean enabled) {
        return new EspeakNg(enabled ? find("espeak-ng").orElse(null) : null);
    }

    /** A given speech program (tests use a script that records its arguments). */
    public static EspeakNg using(Path executable) {
        return new EspeakNg(executable);
    }

    @Override
    public boolean available() {
        return executable != null;
    }

    /** The command line that says {@code text} in {@code locale}'s voice at the visit's loudness. */
    public List<String> command(String text, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String words = english ? EnglishReading.of(text) : MandarinReading.of(text);
        return List.of(String.valueOf(executable), "-v", english ? "en" : MANDARIN_VOICE, "-s", "140",
                "-a", String.valueOf(volume.amplitude), "--", words);
    }

    @Override
    public synchronized void say(String text, Locale locale) {
        if (executable == null || text == null || text.isBlank()) {
            return;
        }
        stop();
        try {
            speaking = new ProcessBuilder(command(text, locale)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            log.warn("speech failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
    }

    @Override
    public SpeechVolume volume() {
        return volume;
    }

    @Override
    public void volume(SpeechVolume volume) {
        this.volume = volume;
    }

    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
