package zwfw.kiosk.app.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether espeak-ng is on the PATH (the test's message says which package to install when not). */
final class EspeakNgOnPath {
    private EspeakNgOnPath() {
    }

    static boolean present() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "espeak-ng"))) {
                return true;
            }
        }
        return false;
    }
}
