package zwfw.kiosk.core.platform;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Reads an HTTP answer's body up to a limit: the declared length first, then never more than limit + 1 bytes. */
final class BoundedBody {
    private BoundedBody() {
    }

    /** The body's bytes, or null when it is (or says it is) over {@code maxBytes}; an absent body is empty. */
    static byte[] read(ResponseBody body, long maxBytes) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > maxBytes) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(maxBytes + 1)) {
            return null;
        }
        return source.readByteArray();
    }
}
