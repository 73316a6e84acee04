package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.platform.sim.Faults;

/** The client's reach follows its requests: a connection that gives no answer is offline, any HTTP answer is not. */
class PlatformReachTest {
    @TempDir
    Path dir;

    @Test
    void droppedConnectionsMakeItUnreachableAndAnyAnswerEvenAnErrorReachableAgain() {
        try (KioskFixture k = new KioskFixture(dir)) {
            List<Boolean> told = new CopyOnWriteArrayList<>();
            k.client.reach().onChange(told::add);
            assertTrue(k.client.catalog(null) instanceof PlatformResult.Ok<?>);
            assertTrue(k.client.reach().reachable());
            k.sim.setFaults(Faults.parse("drop=1.0,seed=1"));
            assertEquals(PlatformError.Kind.NETWORK, k.client.catalog(null).error().kind());
            assertFalse(k.client.reach().reachable());
            k.sim.setFaults(Faults.parse("error=1.0"));
            assertEquals(PlatformError.Kind.SERVER, k.client.catalog(null).error().kind());
            assertTrue(k.client.reach().reachable(), "a 503 is an answer: the platform is there");
            assertEquals(List.of(false, true), told, "told only of changes");
        }
    }
}
