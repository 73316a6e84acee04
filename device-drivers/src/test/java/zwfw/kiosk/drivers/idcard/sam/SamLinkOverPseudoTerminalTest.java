package zwfw.kiosk.drivers.idcard.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.drivers.transport.pty.PseudoTerminal;
import zwfw.kiosk.drivers.transport.serial.SerialSettings;
import zwfw.kiosk.drivers.transport.serial.SerialTransport;

class SamLinkOverPseudoTerminalTest {

    @TempDir
    Path dir;

    @Test
    void aReplyThatComesAfterItsTimeoutIsNotTakenForTheNextAnswer() throws Exception {
        try (PseudoTerminal pty = PseudoTerminal.open(dir.resolve("ttyLATE"));
             SerialTransport serial = new SerialTransport(SerialSettings.of(pty.portPath(), 115200))) {
            serial.open();
            SamLink link = new SamLink(serial, 150, 115200);

            assertThrows(SamLink.NoReplyException.class, () -> link.exchange(SamCommand.SELECT_CARD));
            byte[] request = new byte[64];
            assertEquals(10, pty.read(request, 1000)); // the select request, unanswered in time
            // The reader answers the select late, then answers the find that follows.
            pty.write(SamFrames.reply(0, 0, SamStatus.SELECT_FAILED.code(), new byte[0]));
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try {
                    byte[] buf = new byte[64];
                    while (pty.read(buf, 1000) == 0) {
                        Thread.onSpinWait();
                    }
                    pty.write(SamFrames.reply(0, 0, SamStatus.CARD_PRESENT.code(), new byte[4]));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            SamReply reply = link.exchange(SamCommand.FIND_CARD);
            reader.join();
            assertEquals(SamStatus.CARD_PRESENT, reply.status());
        }
    }
}
