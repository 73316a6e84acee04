package zwfw.platform.sim;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body within a limit: the declared Content-Length is checked before a byte is read, and the
 * stream is read with a cap whatever was declared (chunked bodies have no declared length). Large bodies reserve
 * room from the {@link BodyBudget} first.
 */
final class BodyReader {
    private final BodyBudget budget;

    BodyReader(BodyBudget budget) {
        this.budget = budget;
    }

    /** The declared length (-1 for a chunked or absent one); 413 when it is over {@code cap}. */
    static long declaredLength(HttpExchange ex, long cap) {
        String cl = ex.getRequestHeaders().getFirst("Content-Length");
        if (cl == null) {
            return -1;
        }
        long n;
        try {
            n = Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "MALFORMED", "Content-Length无效 / malformed Content-Length");
        }
        if (n > cap) {
            throw tooLarge(cap);
        }
        return n;
    }

    /** A body that has been read, with the budget it holds until the answer is sent. */
    record Body(byte[] bytes, BodyBudget.Reservation reservation) implements AutoCloseable {
        @Override
        public void close() {
            reservation.close();
        }
    }

    Body read(HttpExchange ex, long cap) throws IOException {
        long declared = declaredLength(ex, cap);
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Transfer-Encoding"));
        if (declared == 0 || (declared < 0 && !chunked)) {
            return new Body(new byte[0], BodyBudget.NONE);
        }
        BodyBudget.Reservation r = budget.reserve(declared);
        try {
            InputStream in = ex.getRequestBody();
            if (declared > 0) {
                byte[] b = new byte[(int) declared];
                int n = in.readNBytes(b, 0, b.length);
                if (n < b.length) {
                    throw new ApiError(400, "MALFORMED", "请求体不完整 / body shorter than its Content-Length");
                }
                return new Body(b, r);
            }
            return readChunked(in, cap, r);
        } catch (RuntimeException | IOException e) {
            r.close();
            throw e;
        }
    }

    /** Without a declared length: the first MiB is free, beyond it the body takes a maximal reservation. */
    private Body readChunked(InputStream in, long cap, BodyBudget.Reservation small) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        BodyBudget.Reservation r = small;
        try {
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > cap) {
                    throw tooLarge(cap);
                }
                if (r == BodyBudget.NONE && total > HttpLimits.LARGE_BODY_BYTES) {
                    r = budget.reserve(cap);
                }
                out.write(buf, 0, n);
            }
            return new Body(out.toByteArray(), r);
        } catch (RuntimeException | IOException e) {
            r.close();
            throw e;
        }
    }

    /** Reads and discards a body (up to {@code cap}) so a fault answer reaches the client on a clean connection. */
    static void drain(HttpExchange ex, long cap) throws IOException {
        InputStream in = ex.getRequestBody();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= cap && (n = in.read(buf)) > 0) {
            total += n;
        }
    }

    private static ApiError tooLarge(long cap) {
        String size = cap >= (1L << 20) ? (cap >> 20) + " MiB" : (cap >> 10) + " KiB";
        return new ApiError(413, "PAYLOAD_TOO_LARGE", "请求体超过" + size + " / body over " + size);
    }
}
