package zwfw.kiosk.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import zwfw.kiosk.core.storage.PrivateFiles;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes a fresh secrets file for the demo (embedded platform): a random platform secret and a
 * random 256-bit storage key, created with mode 600 (in directories of mode 700 where it makes
 * them) so it never exists readable by others.
 */
final class DemoSecrets {
    private DemoSecrets() {
    }

    static void create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[32];
        byte[] key = new byte[32];
        random.nextBytes(secret);
        random.nextBytes(key);
        String text = "# Created on first start for the embedded demo platform. Keep this file mode 600.\n"
                + "platform:\n  secret: \"" + HexFormat.of().formatHex(secret) + "\"\n"
                + "storage:\n  key: \"" + Base64.getEncoder().encodeToString(key) + "\"\n";
        PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        PrivateFiles.createFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
