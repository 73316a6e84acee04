package zwfw.kiosk.app.cli.staff;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import zwfw.kiosk.app.cli.CapturedKioskCtl;

/** The shipped configuration copied into a test's folder, on the embedded platform or on a real one's URL. */
final class StaffConfigs {
    private StaffConfigs() {
    }

    static Path shipped(Path dir, boolean embedded) throws Exception {
        Path data = dir.resolve("data");
        Path secrets = dir.resolve("secrets.yaml");
        String text = Files.readString(Path.of("..", "config", "kiosk.yaml"), StandardCharsets.UTF_8)
                .replace("dir: ../.kiosk-data", "dir: " + data)
                .replace("file: ../.kiosk-data/secrets.yaml", "file: " + secrets);
        if (!embedded) {
            text = text.replace("url: embedded", "url: http://127.0.0.1:9");
            Files.writeString(secrets, "platform:\n  secret: \"a-platform-secret-of-enough-length\"\nstorage:\n  key: \""
                    + Base64.getEncoder().encodeToString(new byte[32]) + "\"\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        }
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("kiosk.yaml"), text, StandardCharsets.UTF_8);
        Files.copy(Path.of("..", "config", "catalog.json"), config.resolve("catalog.json"));
        return config;
    }

    /** Runs kioskctl with {@code stdin} as standard input (for --stdin). */
    static int runWithInput(CapturedKioskCtl ctl, String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return ctl.run(args);
        } finally {
            System.setIn(before);
        }
    }
}
