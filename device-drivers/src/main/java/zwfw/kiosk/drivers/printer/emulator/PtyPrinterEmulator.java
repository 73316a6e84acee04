package zwfw.kiosk.drivers.printer.emulator;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

/**
 * A serial receipt printer on a pseudo-terminal: the driver opens {@link #portPath()} as its
 * serial port; this end feeds an {@link EmulatedPrinter} and writes its answers back, paced at
 * the configured baud rate. Closing it is unplugging the printer.
 */
public final class PtyPrinterEmulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PtyPrinterEmulator.class);

    private final PseudoTerminal pty;
    private final EmulatedPrinter printer = new EmulatedPrinter();
    private final Thread loop;
    private volatile boolean running = true;

    private PtyPrinterEmulator(PseudoTerminal pty, int baud) {
        this.pty = pty;
        printer.answerTo(bytes -> {
            try {
                pty.writePaced(bytes, baud);
            } catch (IOException e) {
                log.debug("emulator could not answer: {}", e.getMessage());
            }
        });
        loop = new Thread(this::run, "printer-emulator-" + pty.slavePath());
        loop.setDaemon(true);
        loop.start();
    }

    /** Starts an emulator whose port is {@code link} (a symlink to the pty), or a bare pty when null. */
    public static PtyPrinterEmulator start(Path link, int baud) throws IOException {
        return new PtyPrinterEmulator(PseudoTerminal.open(link), baud);
    }

    public String portPath() {
        return pty.portPath();
    }

    public EmulatedPrinter printer() {
        return printer;
    }

    private void run() {
        byte[] buf = new byte[4096];
        while (running) {
            try {
                int n = pty.read(buf, 100);
                if (n < 0) {
                    return;
                }
                if (n > 0) {
                    printer.receive(buf, 0, n);
                }
            } catch (IOException e) {
                if (running) {
                    log.debug("emulator read failed: {}", e.getMessage());
                }
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        pty.close();
        try {
            loop.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
