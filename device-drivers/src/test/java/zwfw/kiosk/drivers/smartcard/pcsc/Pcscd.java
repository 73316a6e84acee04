package zwfw.kiosk.drivers.smartcard.pcsc;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure pcscd with the vsmartcard vpcd reader runs for a test class: uses a running pcscd, or
 * starts {@code pcscd -f} (foreground, no auto-exit) itself and stops it when the test run ends.
 * Skips the tests, saying why, only when pcscd is not installed at all. {@link #restart()} and
 * {@link #stop()}/{@link #start()} stand for a daemon restart and an unplugged reader.
 */
public final class Pcscd implements BeforeAllCallback {
    public static final int VPCD_PORT = 35963;
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/pcscd"), Path.of("/usr/bin/pcscd"),
            Path.of("/usr/local/sbin/pcscd"));
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static Process ours;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<Path> binary = binary();
        Assumptions.assumeTrue(binary.isPresent(), "pcscd is not installed (Debian packages pcscd and vsmartcard-vpcd)");
        if (!Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            throw new IllegalStateException("pcscd is installed but the vpcd reader is not: install vsmartcard-vpcd");
        }
        start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Pcscd.class, k -> (ExtensionContext.Store.CloseableResource) Pcscd::stopOurs);
    }

    static Optional<Path> binary() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts pcscd unless it already runs, and waits until the vpcd reader listens. */
    public static synchronized void start() throws IOException {
        if (vpcdListening()) {
            return;
        }
        ProcessBuilder pb = new ProcessBuilder(binary().orElseThrow().toString(), "-f");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        ours = pb.start();
        await("pcscd to start with the vpcd reader").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50)).until(Pcscd::vpcdListening);
    }

    /** Stops the running pcscd (ours, or the one named in its pid file) and waits until it is gone. */
    public static synchronized void stop() throws IOException {
        if (ours != null && ours.isAlive()) {
            ours.destroy();
            await("our pcscd to exit").atMost(Duration.ofSeconds(10)).until(() -> !ours.isAlive());
        } else if (Files.exists(PID_FILE)) {
            long pid = Long.parseLong(Files.readString(PID_FILE).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                await("pcscd " + pid + " to exit").atMost(Duration.ofSeconds(10)).until(() -> !p.isAlive());
            });
        }
        ours = null;
        await("pcscd to be gone").atMost(Duration.ofSeconds(10)).until(() -> !vpcdListening());
    }

    /** Waits until pcscd reports no card in {@code readerName} (or is not running). */
    public static void awaitNoCardIn(String readerName) {
        await("pcscd to see the card leave " + readerName).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    try (PcscContext ctx = PcscContext.open()) {
                        return ctx.terminals().list().stream()
                                .noneMatch(t -> t.getName().equals(readerName) && present(t));
                    } catch (javax.smartcardio.CardException | RuntimeException e) {
                        return true;
                    }
                });
    }

    private static boolean present(javax.smartcardio.CardTerminal t) {
        try {
            return t.isCardPresent();
        } catch (javax.smartcardio.CardException e) {
            return false;
        }
    }

    public static void restart() throws IOException {
        stop();
        start();
    }

    private static synchronized void stopOurs() {
        if (ours != null && ours.isAlive()) {
            ours.destroy();
        }
    }

    /** Whether pcscd answers and lists the vpcd readers (asked through PC/SC: probing the vpcd port would insert a card). */
    static boolean vpcdListening() {
        try (PcscContext ctx = PcscContext.open()) {
            return ctx.terminals().list().stream().anyMatch(t -> t.getName().startsWith("Virtual PCD"));
        } catch (javax.smartcardio.CardException | RuntimeException e) {
            return false;
        }
    }
}
