package zwfw.kiosk.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes a fresh secrets file for the demo (embedded platform): a random platform secret and a
 * random 256-bit storage key, created with mode 600 so it never exists readable by others.
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
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
