package zwfw.kiosk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One kiosk booted for a whole test class, as {@link KioskUnderTest#boot} with the shipped configuration:
 * {@code @RegisterExtension static final SharedKiosk kiosk = new SharedKiosk();}. It boots on a temporary
 * directory of its own before the class's {@code @BeforeAll} methods and is closed (and the directory deleted)
 * after its {@code @AfterAll} methods, so every class that shares a kiosk does so the same way: booting one costs
 * seconds, and the test suite's budget is mostly the UI classes.
 */
public final class SharedKiosk extends KioskUnderTest implements BeforeAllCallback, AfterAllCallback {
    private Path dir;

    public SharedKiosk() {
        super(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("kiosk-under-test-");
        attach(launch(config(dir, Map.of())));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (app() != null) {
                close();
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** The kiosk's temporary directory: its {@code config/} and its data directory {@code data/}. */
    public Path dir() {
        return dir;
    }

    private static void deleteAll(Path root) throws IOException {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
