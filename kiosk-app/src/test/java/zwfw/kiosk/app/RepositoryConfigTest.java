package zwfw.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tests' kiosk runs on this repository's shipped config/, found from where the test classes were built and not
 * from the working directory: run from a git worktree's root, {@code ../config} is a sibling worktree named config.
 */
class RepositoryConfigTest {
    @Test
    void theShippedConfigIsThisRepositorysWhateverTheWorkingDirectory() throws Exception {
        Path config = KioskUnderTest.repositoryConfig();
        assertTrue(config.isAbsolute(), config.toString());
        assertTrue(Files.isRegularFile(config.resolve("kiosk.yaml")), config.toString());
        Path builtFrom = Path.of(KioskUnderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(builtFrom.startsWith(config.getParent()), "the repository of " + builtFrom + ", not " + config);
        assertEquals(config.getParent().resolve("kiosk-app"), builtFrom.getParent().getParent(), "kiosk-app/target/test-classes");
    }
}
