package zwfw.kiosk.drivers.idcard.sam;

import java.util.Arrays;
import java.util.List;
import zwfw.kiosk.drivers.transport.ByteTransport;
import zwfw.kiosk.drivers.transport.TransportException;

/**
 * Request and reply over a byte link: sends one command frame and waits for one valid reply
 * frame. A reply that does not come (silence, a truncated or corrupt frame) ends in
 * {@link NoReplyException} once the line has been idle for the reply timeout; the partial frame is
 * then dropped so it cannot swallow the next reply. Vendor framings would replace this class.
 */
public final class SamLink {
    /** The longest frame a reader sends (text, photo and 1024 bytes of fingerprints). */
    private static final int LONGEST_FRAME = 2321;

    private final ByteTransport link;
    private final int replyTimeoutMillis;
    private final long longestWaitMillis;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private final byte[] buf = new byte[2048];
    private long bytesSent;
    private long bytesReceived;
    private boolean drainFirst;

    /** No well-formed reply arrived in time. */
    public static final class NoReplyException extends Exception {
        NoReplyException(String message) {
            super(message);
        }
    }

    /**
     * @param replyTimeoutMillis how long the line may stay silent while a reply is due
     * @param baud               the line speed, to allow the longest frame's wire time
     */
    public SamLink(ByteTransport link, int replyTimeoutMillis, int baud) {
        this.link = link;
        this.replyTimeoutMillis = replyTimeoutMillis;
        this.longestWaitMillis = replyTimeoutMillis + (LONGEST_FRAME * 10_000L) / baud + 200;
    }

    public SamReply exchange(SamCommand command) throws TransportException, InterruptedException, NoReplyException {
        if (drainFirst) {
            drainLateBytes();
        }
        byte[] frame = SamFrames.request(command);
        link.write(frame);
        bytesSent += frame.length;
        long start = System.nanoTime();
        long lastByte = start;
        try {
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long now = System.nanoTime();
                long idle = (now - lastByte) / 1_000_000;
                if (idle >= replyTimeoutMillis || (now - start) / 1_000_000 >= longestWaitMillis) {
                    decoder.reset();
                    drainFirst = true;
                    throw new NoReplyException("no valid reply to " + command + " within " + replyTimeoutMillis + " ms");
                }
                int n = link.read(buf, 0, buf.length, (int) Math.max(1, Math.min(100, replyTimeoutMillis - idle)));
                if (n > 0) {
                    bytesReceived += n;
                    lastByte = System.nanoTime();
                    List<byte[]> frames = decoder.feed(buf, 0, n);
                    for (byte[] payload : frames) {
                        SamReply reply = SamReply.parse(payload);
                        if (reply != null) {
                            return reply;
                        }
                    }
                }
            }
        } finally {
            Arrays.fill(buf, (byte) 0);
        }
    }

    /**
     * After a reply timed out, the reader may still send it late; it must not pass for the answer
     * to the next request. Only done after a timeout, since each drain costs one read timeout.
     */
    private void drainLateBytes() throws TransportException {
        drainFirst = false;
        int n;
        do {
            n = link.read(buf, 0, buf.length, 20);
            bytesReceived += n;
        } while (n > 0);
        Arrays.fill(buf, (byte) 0);
        decoder.reset();
    }

    public long bytesSent() {
        return bytesSent;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    /** Frames the decoder threw away for a bad checksum or length. */
    public long framesRejected() {
        return decoder.badChecksums() + decoder.badLengths();
    }
}
