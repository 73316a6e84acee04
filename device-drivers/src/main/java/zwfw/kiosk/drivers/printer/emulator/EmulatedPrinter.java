package zwfw.kiosk.drivers.printer.emulator;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import zwfw.kiosk.drivers.printer.escpos.StatusByte;
import zwfw.kiosk.drivers.printer.interpreter.EscPosCommand;
import zwfw.kiosk.drivers.printer.interpreter.EscPosParser;

/**
 * The behaviour of an ESC/POS printer as seen from its link: it takes bytes, answers
 * {@code DLE EOT n} in real time according to its condition (ready, paper near end, paper out,
 * cover open, error, or silent), and keeps everything else it was sent for inspection. Link
 * adapters ({@link PtyPrinterEmulator}, {@link TcpPrinterEmulator}) feed it and carry answers back.
 */
public final class EmulatedPrinter {

    public enum Condition { READY, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, ERROR, SILENT }

    private final EscPosParser parser;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicInteger statusQueries = new AtomicInteger();
    private volatile Condition condition = Condition.READY;
    private volatile boolean noisy;
    private volatile int paperLeftBytes = -1;
    private Consumer<byte[]> answers = b -> { };

    public EmulatedPrinter() {
        this.parser = new EscPosParser(this::command);
    }

    /** Where answers go (the link adapter sets this). */
    synchronized void answerTo(Consumer<byte[]> sink) {
        this.answers = sink;
    }

    public void setCondition(Condition c) {
        this.condition = c;
    }

    public Condition condition() {
        return condition;
    }

    /** The roll runs out once this many more bytes have been printed (-1: never). */
    public void runOutOfPaperAfter(int bytes) {
        this.paperLeftBytes = bytes;
    }

    /** When on, every answer is preceded by line noise and a 4-byte automatic status frame. */
    public void setNoisy(boolean noisy) {
        this.noisy = noisy;
    }

    /** Feeds bytes received from the link. */
    public synchronized void receive(byte[] data, int offset, int length) {
        parser.feed(data, offset, length);
    }

    private void command(EscPosCommand c) {
        if (c.type() == EscPosCommand.Type.STATUS_QUERY) {
            statusQueries.incrementAndGet();
            Condition now = condition;
            if (now == Condition.SILENT) {
                return;
            }
            byte answer = (byte) answer(now, c.u(2));
            answers.accept(noisy ? new byte[] {(byte) 0xFF, 0x00, 0x10, 0x00, 0x00, 0x0F, answer} : new byte[] {answer});
            return;
        }
        synchronized (printed) {
            printed.writeBytes(c.bytes());
        }
        int left = paperLeftBytes;
        if (left >= 0) {
            left -= c.length();
            paperLeftBytes = Math.max(0, left);
            if (left <= 0) {
                condition = Condition.PAPER_OUT;
            }
        }
    }

    static int answer(Condition c, int n) {
        return switch (n) {
            case 1 -> StatusByte.answer(c == Condition.READY || c == Condition.PAPER_NEAR_END ? 0 : 0x08);
            case 2 -> StatusByte.answer(switch (c) {
                case COVER_OPEN -> 0x04;
                case PAPER_OUT -> 0x20;
                case ERROR -> 0x40;
                default -> 0;
            });
            case 3 -> StatusByte.answer(c == Condition.ERROR ? 0x40 : 0);
            case 4 -> StatusByte.answer(switch (c) {
                case PAPER_NEAR_END -> 0x0C;
                case PAPER_OUT -> 0x6C;
                default -> 0;
            });
            default -> StatusByte.answer(0);
        };
    }

    /** Every byte sent to be printed (status queries left out), in order. */
    public byte[] printedBytes() {
        synchronized (printed) {
            return printed.toByteArray();
        }
    }

    /** Forgets what was printed (a new roll). */
    public void clearPrinted() {
        synchronized (printed) {
            printed.reset();
        }
    }

    public int statusQueries() {
        return statusQueries.get();
    }
}
