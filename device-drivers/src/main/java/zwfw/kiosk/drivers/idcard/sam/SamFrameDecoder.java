package zwfw.kiosk.drivers.idcard.sam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds frames in a byte stream fed in pieces of any size. It skips anything before a preamble,
 * checks LEN and CHK, and on a bad frame drops one byte and searches again from there, so a good
 * frame that follows garbage (or hides inside a bad frame's claimed length) is still found.
 * It never throws on the bytes it is fed. Not thread-safe: one reader thread feeds it.
 */
public final class SamFrameDecoder {
    /** The smallest LEN: a request's {@code CMD PARA CHK}. */
    private static final int MIN_LEN = 3;

    private byte[] buf = new byte[512];
    private int size;
    private long badChecksums;
    private long badLengths;
    private long skippedBytes;

    /** Adds bytes and returns the payloads of every complete, valid frame now found (oldest first). */
    public List<byte[]> feed(byte[] bytes, int offset, int length) {
        if (bytes == null || length <= 0) {
            return List.of();
        }
        ensure(size + length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        List<byte[]> frames = new ArrayList<>(1);
        int pos = 0;
        while (true) {
            int start = indexOfPreamble(pos);
            if (start < 0) {
                // Keep a tail that may be the start of a preamble split across reads.
                int keep = Math.min(size - pos, SamFrames.PREAMBLE.length - 1);
                skippedBytes += size - pos - keep;
                pos = size - keep;
                break;
            }
            skippedBytes += start - pos;
            pos = start;
            if (size - pos < SamFrames.HEADER) {
                break;
            }
            int len = ((buf[pos + 5] & 0xFF) << 8) | (buf[pos + 6] & 0xFF);
            if (len < MIN_LEN || len > SamFrames.MAX_LEN) {
                badLengths++;
                pos++;
                continue;
            }
            int end = pos + SamFrames.HEADER + len;
            if (end > size) {
                break;
            }
            if (SamFrames.checksum(buf, pos + 5, end - 1) != buf[end - 1]) {
                badChecksums++;
                pos++;
                continue;
            }
            frames.add(Arrays.copyOfRange(buf, pos + SamFrames.HEADER, end - 1));
            pos = end;
        }
        compact(pos);
        return frames;
    }

    public List<byte[]> feed(byte[] bytes) {
        return feed(bytes, 0, bytes == null ? 0 : bytes.length);
    }

    /** Forgets a partial frame (after a reply timed out, so a truncated frame cannot swallow the next one). */
    public void reset() {
        skippedBytes += size;
        Arrays.fill(buf, 0, size, (byte) 0);
        size = 0;
    }

    /** Bytes held while waiting for the rest of a frame. */
    public int pending() {
        return size;
    }

    public long badChecksums() {
        return badChecksums;
    }

    public long badLengths() {
        return badLengths;
    }

    public long skippedBytes() {
        return skippedBytes;
    }

    private int indexOfPreamble(int from) {
        byte[] p = SamFrames.PREAMBLE;
        outer:
        for (int i = from; i < size; i++) {
            for (int j = 0; j < p.length && i + j < size; j++) {
                if (buf[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i; // a full preamble, or a prefix of one at the end of the buffer
        }
        return -1;
    }

    private void compact(int pos) {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, size - pos);
            // Card data passes through here: do not leave copies of it behind.
            Arrays.fill(buf, size - pos, size, (byte) 0);
            size -= pos;
        }
    }

    private void ensure(int capacity) {
        if (capacity > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
        }
    }
}
