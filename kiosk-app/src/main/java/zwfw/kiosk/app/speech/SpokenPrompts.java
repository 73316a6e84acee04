package zwfw.kiosk.app.speech;

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
 * Reads screen prompts aloud with espeak-ng in 长辈版, when it is installed; silent otherwise. A new
 * prompt cuts the previous one off. Prompts are screen texts, never personal data.
 */
public final class SpokenPrompts {
    private static final Logger log = LoggerFactory.getLogger(SpokenPrompts.class);
    private final Path executable;
    private Process speaking;

    private SpokenPrompts(Path executable) {
        this.executable = executable;
    }

    /** espeak-ng from the PATH, or silence. */
    public static SpokenPrompts fromPath(boolean enabled) {
        if (!enabled) {
            return new SpokenPrompts(null);
        }
        return new SpokenPrompts(find("espeak-ng").orElse(null));
    }

    /** A given speech program (tests use a script that records its arguments). */
    public static SpokenPrompts using(Path executable) {
        return new SpokenPrompts(executable);
    }

    public boolean available() {
        return executable != null;
    }

    /** The command line that speaks {@code text}: Mandarin voice for Chinese, English otherwise. */
    public List<String> command(String text, Locale locale) {
        String voice = "en".equals(locale.getLanguage()) ? "en" : "cmn";
        return List.of(String.valueOf(executable), "-v", voice, "-s", "140", "--", text);
    }

    public synchronized void say(String text, Locale locale) {
        if (executable == null || text == null || text.isBlank()) {
            return;
        }
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
        try {
            speaking = new ProcessBuilder(command(text, locale)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            log.warn("speech failed: {}", e.getMessage());
        }
    }

    public synchronized void stop() {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
    }

    private static Optional<Path> find(String name) {
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
