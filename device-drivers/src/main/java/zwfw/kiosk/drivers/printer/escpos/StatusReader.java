package zwfw.kiosk.drivers.printer.escpos;

import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;

/**
 * Asks a printer how it is with {@code DLE EOT} 1, 2, 3 and 4, one at a time (nothing more is
 * sent until each answer arrives or times out), and skips anything that is not an answer: line
 * noise and automatic status frames. No answer to the first query is {@link PrinterStatus#NO_ANSWER}.
 */
public final class StatusReader {
    private final int timeoutMillis;
    /**
     * Whether an answer may still be on its way from an earlier query that timed out (or this is
     * the first query): only then is the input drained, since a drain costs a whole read timeout
     * (jSerialComm rounds timeouts up to tenths of a second).
     */
    private boolean lateAnswerPossible = true;

    public StatusReader(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    public synchronized PrinterStatus query(ByteTransport link) throws TransportException {
        if (lateAnswerPossible) {
            drain(link);
            lateAnswerPossible = false;
        }
        int printer = ask(link, EscPosCommands.STATUS_PRINTER);
        if (printer < 0) {
            return PrinterStatus.NO_ANSWER;
        }
        int offline = ask(link, EscPosCommands.STATUS_OFFLINE_CAUSE);
        int error = ask(link, EscPosCommands.STATUS_ERROR_CAUSE);
        int paper = ask(link, EscPosCommands.STATUS_PAPER);
        if (offline < 0 || error < 0 || paper < 0) {
            return PrinterStatus.NO_ANSWER; // answered once, then fell silent: not to be trusted with a job
        }
        boolean paperOut = StatusByte.paperOut(paper) || StatusByte.stoppedForPaperEnd(offline);
        PrinterStatus.Paper p = paperOut ? PrinterStatus.Paper.OUT
                : StatusByte.paperNearEnd(paper) ? PrinterStatus.Paper.NEAR_END : PrinterStatus.Paper.OK;
        boolean cover = StatusByte.coverOpen(offline);
        boolean err = StatusByte.errorOccurred(offline) || StatusByte.anyError(error);
        // A printer reports itself offline for paper out or cover open too; that is named by those flags.
        boolean online = !StatusByte.offline(printer) || paperOut || cover || err;
        return new PrinterStatus(online, p, cover, err);
    }

    /** One query: the status byte, or -1 when no valid answer came in time. */
    private int ask(ByteTransport link, int n) throws TransportException {
        link.write(EscPosCommands.statusQuery(n));
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        byte[] one = new byte[1];
        int skipFrame = 0;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                lateAnswerPossible = true;
                return -1;
            }
            int got = link.read(one, 0, 1, (int) left);
            if (got <= 0) {
                continue;
            }
            int b = one[0] & 0xFF;
            if (skipFrame > 0) {
                skipFrame--;
            } else if (StatusByte.isAnswer(b)) {
                return b;
            } else if (StatusByte.isAutoStatusHeader(b)) {
                skipFrame = 3;
            }
        }
    }

    /** Drops bytes left from an earlier late answer, so they are not taken for this one. */
    private static void drain(ByteTransport link) throws TransportException {
        byte[] buf = new byte[64];
        for (int i = 0; i < 16 && link.read(buf, 0, buf.length, 1) > 0; i++) {
            // discard
        }
    }
}
