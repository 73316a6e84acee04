package zwfw.kiosk.drivers.smartcard.virtualcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;

/**
 * pcscd with the vsmartcard {@code vpcd} reader, for tests and the demo of the virtual card: finds the
 * daemon, starts {@code pcscd -f} (foreground, no auto-exit, so the vpcd port stays open) when it is
 * not running, and stops or restarts it to stand for a daemon restart or unplugged readers.
 * Readiness is asked through PC/SC (probing the vpcd port would insert a card).
 */
public final class PcscDaemon {
    public static final String VPCD_READER_PREFIX = "Virtual PCD";
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/pcscd"), Path.of("/usr/bin/pcscd"),
            Path.of("/usr/local/sbin/pcscd"));
    private static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    private static final Path VPCD_CONF = Path.of("/etc/reader.conf.d/vpcd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static Process ours;

    private PcscDaemon() {
    }

    /** The pcscd program, when installed. */
    public static Optional<Path> binary() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    public static boolean vpcdInstalled() {
        return Files.exists(VPCD_CONF);
    }

    /** Starts pcscd unless it already runs, and waits until the vpcd readers are listed. */
    public static synchronized void ensureRunning() throws IOException {
        if (vpcdReadersListed()) {
            return;
        }
        Path pcscd = binary().orElseThrow(() -> new IOException("pcscd is not installed (Debian package pcscd)"));
        if (!vpcdInstalled()) {
            throw new IOException("the vpcd reader is not installed (Debian package vsmartcard-vpcd)");
        }
        ProcessBuilder pb = new ProcessBuilder(pcscd.toString(), "-f");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        ours = pb.start();
        if (!waitUntil(PcscDaemon::vpcdReadersListed, START_TIMEOUT)) {
            String why = ours.isAlive() ? "it does not list the vpcd readers" : "it exited with " + ours.exitValue();
            throw new IOException("pcscd started but " + why + " within " + START_TIMEOUT.toSeconds() + " s");
        }
    }

    /** Stops the running pcscd (the one started here, or the one in its pid file) and waits until it is gone. */
    public static synchronized void stop() throws IOException {
        if (ours != null && ours.isAlive()) {
            ours.destroy();
            Process p = ours;
            waitUntil(() -> !p.isAlive(), Duration.ofSeconds(10));
        } else if (Files.exists(PID_FILE)) {
            long pid = Long.parseLong(Files.readString(PID_FILE).trim());
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isPresent()) {
                h.get().destroy();
                waitUntil(() -> !h.get().isAlive(), Duration.ofSeconds(10));
            }
        }
        ours = null;
        if (!waitUntil(() -> !vpcdReadersListed(), Duration.ofSeconds(10))) {
            throw new IOException("pcscd did not stop");
        }
    }

    public static void restart() throws IOException {
        stop();
        ensureRunning();
    }

    /** Stops pcscd only if it was started here (for the end of a test run). */
    public static synchronized void stopIfOurs() {
        if (ours != null && ours.isAlive()) {
            ours.destroy();
        }
        ours = null;
    }

    /** Waits until pcscd reports no card in {@code readerName} (or is not running at all). */
    public static boolean awaitNoCardIn(String readerName, Duration timeout) {
        return waitUntil(() -> {
            CardTerminals t = terminals();
            if (t == null) {
                return true;
            }
            try {
                for (CardTerminal term : t.list()) {
                    if (term.getName().equals(readerName) && term.isCardPresent()) {
                        return false;
                    }
                }
                return true;
            } catch (CardException | RuntimeException e) {
                return true;
            } finally {
                release(t);
            }
        }, timeout);
    }

    /** Whether pcscd answers and lists the vpcd readers. */
    public static boolean vpcdReadersListed() {
        CardTerminals t = terminals();
        if (t == null) {
            return false;
        }
        try {
            return t.list().stream().anyMatch(term -> term.getName().startsWith(VPCD_READER_PREFIX));
        } catch (CardException | RuntimeException e) {
            return false;
        } finally {
            release(t);
        }
    }

    private static CardTerminals terminals() {
        try {
            return TerminalFactory.getInstance("PC/SC", null, new Smartcardio()).terminals();
        } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    private static void release(CardTerminals t) {
        if (t instanceof Smartcardio.JnaCardTerminals jna) {
            try {
                jna.close();
            } catch (CardException | RuntimeException ignored) {
                // the context died with the daemon
            }
        }
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
