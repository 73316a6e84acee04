package zwfw.kiosk.drivers.smartcard.pcsc;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import zwfw.kiosk.drivers.smartcard.virtualcard.PcscDaemon;

/**
 * Makes sure pcscd with the vpcd reader runs for a test class: uses a running pcscd or starts
 * {@code pcscd -f} and stops it when the test run ends. Skips, saying why, only when pcscd is not
 * installed at all; a missing vpcd reader fails the tests with the package to install.
 */
public final class Pcscd implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(PcscDaemon.binary().isPresent(),
                "pcscd is not installed (Debian packages pcscd and vsmartcard-vpcd)");
        PcscDaemon.ensureRunning();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Pcscd.class, k -> (ExtensionContext.Store.CloseableResource) PcscDaemon::stopIfOurs);
    }

    public static void start() throws IOException {
        PcscDaemon.ensureRunning();
    }

    public static void stop() throws IOException {
        PcscDaemon.stop();
    }

    public static void awaitNoCardIn(String readerName) {
        if (!PcscDaemon.awaitNoCardIn(readerName, Duration.ofSeconds(10))) {
            throw new AssertionError("pcscd still sees a card in " + readerName);
        }
    }
}
