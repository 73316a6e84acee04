package zwfw.kiosk.core.outbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the tests that look for personal data at rest read: every regular file of a directory, as raw bytes. */
final class OnDisk {
    private OnDisk() {
    }

    /** The bytes of every regular file directly in {@code dir} (the database, its journal and WAL), one after another. */
    static byte[] everyFile(Path dir) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
