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
 * One kiosk booted for a whole test class, as {@link KioskUnderTest#boot}:
 * {@code @RegisterExtension static final SharedKiosk kiosk = new SharedKiosk();} (or {@code new SharedKiosk(Map.of(key, value))}
 * for keys of the ui section). It boots on a temporary
 * directory of its own before the class's {@code @BeforeAll} methods and is closed (and the directory deleted)
 * after its {@code @AfterAll} methods, so every class that shares a kiosk does so the same way: booting one costs
 * seconds, and the test suite's budget is mostly the UI classes.
 */
public final class SharedKiosk extends KioskUnderTest implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> uiOverrides;
    private Path dir;

    /** A kiosk on the shipped configuration. */
    public SharedKiosk() {
        this(Map.of());
    }

    /** A kiosk on the shipped configuration with these keys of its ui section replaced, e.g. {@code thanksSeconds: 4}. */
    public SharedKiosk(Map<String, String> uiOverrides) {
        super(null);
        this.uiOverrides = Map.copyOf(uiOverrides);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("kiosk-under-test-");
        attach(launch(config(dir, uiOverrides)));
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
