package zwfw.kiosk.drivers.printer.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network receipt printer: listens on 127.0.0.1 (a free port, or the one given) for raw TCP
 * connections as printers do on port 9100, one client at a time, feeding an {@link EmulatedPrinter}.
 */
public final class TcpPrinterEmulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TcpPrinterEmulator.class);

    private final ServerSocket server;
    private final EmulatedPrinter printer = new EmulatedPrinter();
    private final Thread loop;
    private volatile Socket client;
    private volatile boolean running = true;

    private TcpPrinterEmulator(ServerSocket server) {
        this.server = server;
        loop = new Thread(this::serve, "printer-emulator-tcp-" + server.getLocalPort());
        loop.setDaemon(true);
        loop.start();
    }

    public static TcpPrinterEmulator start(int port) throws IOException {
        return new TcpPrinterEmulator(new ServerSocket(port, 4, InetAddress.getLoopbackAddress()));
    }

    public int port() {
        return server.getLocalPort();
    }

    public String hostPort() {
        return "127.0.0.1:" + port();
    }

    public EmulatedPrinter printer() {
        return printer;
    }

    private void serve() {
        while (running) {
            try (Socket s = server.accept()) {
                client = s;
                OutputStream out = s.getOutputStream();
                printer.answerTo(bytes -> {
                    try {
                        out.write(bytes);
                        out.flush();
                    } catch (IOException e) {
                        log.debug("emulator could not answer: {}", e.getMessage());
                    }
                });
                InputStream in = s.getInputStream();
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    printer.receive(buf, 0, n);
                }
            } catch (IOException e) {
                if (running) {
                    log.debug("emulator connection ended: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
            Socket c = client;
            if (c != null) {
                c.close();
            }
            loop.join(1000);
        } catch (IOException ignored) {
            // already closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
