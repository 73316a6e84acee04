package zwfw.kiosk.core.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The small state files of {@code DATA_DIR/run/}, each replaced whole by a rename. */
final class RunFiles {
    /** None of them is ever longer; a longer one is not ours and is ignored. */
    static final int MAX_BYTES = 256;

    private RunFiles() {
    }

    static Path dir(Path dataDir) {
        return dataDir.resolve("run");
    }

    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            return null;
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
