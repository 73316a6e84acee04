package zwfw.kiosk.drivers.scanner.serial;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the scanner's byte stream into codes at the configured suffix (CR, LF, CRLF; for NONE the
 * caller ends a code with {@link #flush()} after a silence). A code that grows past {@code maxBytes}
 * is thrown away up to its end and reported as one overlong frame, so memory stays bounded.
 */
final class ScanFramer {

    /** A code's bytes (suffix removed), or an overlong code whose bytes were dropped. */
    record Frame(byte[] bytes, boolean overlong) {
    }

    private final Suffix suffix;
    private final int maxBytes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overlong;

    ScanFramer(Suffix suffix, int maxBytes) {
        this.suffix = suffix;
        this.maxBytes = maxBytes;
    }

    List<Frame> feed(byte[] buf, int off, int len) {
        List<Frame> out = new ArrayList<>();
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            if (ends(b)) {
                Frame f = take();
                if (f != null) {
                    out.add(f);
                }
                continue;
            }
            if (overlong) {
                continue;
            }
            if (current.size() >= maxBytes) {
                overlong = true;
                current.reset();
                continue;
            }
            current.write(b);
        }
        return out;
    }

    /** Ends the code in progress (a silence passed); null when nothing is pending. */
    Frame flush() {
        return take();
    }

    boolean hasPending() {
        return current.size() > 0 || overlong;
    }

    private boolean ends(byte b) {
        return switch (suffix) {
            case CR -> b == '\r';
            // CRLF ends at the LF; the CR before it is trimmed with the frame.
            case LF, CRLF -> b == '\n';
            case NONE -> false;
        };
    }

    private Frame take() {
        if (overlong) {
            overlong = false;
            current.reset();
            return new Frame(new byte[0], true);
        }
        byte[] bytes = trimLineEnds(current.toByteArray());
        current.reset();
        return bytes.length == 0 ? null : new Frame(bytes, false);
    }

    /** Drops CR and LF at both ends: a scanner set to CRLF while we expect CR leaves an LF at the next code's start. */
    private static byte[] trimLineEnds(byte[] b) {
        int start = 0;
        int end = b.length;
        while (start < end && (b[start] == '\r' || b[start] == '\n')) {
            start++;
        }
        while (end > start && (b[end - 1] == '\r' || b[end - 1] == '\n')) {
            end--;
        }
        return java.util.Arrays.copyOfRange(b, start, end);
    }
}
