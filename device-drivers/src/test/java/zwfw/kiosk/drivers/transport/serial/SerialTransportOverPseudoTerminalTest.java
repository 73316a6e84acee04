package zwfw.kiosk.drivers.transport.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.transport.TransportException;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;

class SerialTransportOverPseudoTerminalTest {

    @TempDir
    Path dir;

    @Test
    void bytesCrossThePseudoTerminalUnchangedInBothDirections() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open(dir.resolve("ttyTEST"));
             SerialTransport serial = new SerialTransport(SerialSettings.of(pty.portPath(), 115200))) {
            serial.open();
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            serial.write(all);
            assertArrayEquals(all, readFromEmulator(pty, all.length));

            pty.write(all);
            byte[] got = new byte[256];
            int n = 0;
            while (n < 256) {
                int r = serial.read(got, n, 256 - n, 500);
                if (r == 0) {
                    break;
                }
                n += r;
            }
            assertArrayEquals(all, Arrays.copyOf(got, n));
        }
    }

    @Test
    void aMissingPortIsNamedAsNotFound() {
        SerialTransport serial = new SerialTransport(SerialSettings.of(dir.resolve("nothing").toString(), 9600));
        TransportException e = assertThrows(TransportException.class, serial::open);
        assertEquals(TransportException.Reason.NOT_FOUND, e.reason());
    }

    @Test
    void aPortHeldByThisProcessIsBusy() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open();
             SerialTransport first = new SerialTransport(SerialSettings.of(pty.slavePath(), 9600))) {
            first.open();
            SerialTransport second = new SerialTransport(SerialSettings.of(pty.slavePath(), 9600));
            TransportException e = assertThrows(TransportException.class, second::open);
            assertEquals(TransportException.Reason.BUSY, e.reason());
        }
    }

    @Test
    void closingTheEmulatorEndIsSeenAsDisconnected() throws Exception {
        PseudoTerminal pty = PseudoTerminal.open();
        try (SerialTransport serial = new SerialTransport(SerialSettings.of(pty.slavePath(), 115200))) {
            serial.open();
            pty.close();
            byte[] buf = new byte[16];
            TransportException e = assertThrows(TransportException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    serial.read(buf, 0, buf.length, 100);
                }
            });
            assertEquals(TransportException.Reason.DISCONNECTED, e.reason());
        }
    }

    private static byte[] readFromEmulator(PseudoTerminal pty, int count) throws Exception {
        byte[] out = new byte[count];
        byte[] buf = new byte[512];
        int n = 0;
        while (n < count) {
            int r = pty.read(buf, 1000);
            if (r <= 0) {
                break;
            }
            System.arraycopy(buf, 0, out, n, Math.min(r, count - n));
            n += r;
        }
        return Arrays.copyOf(out, n);
    }
}
