package zwfw.platform.sim;

/**
 * Every bound the simulator enforces on what a client sends (contract §1, revision 2026-11-29), in one place
 * so docs/platform-and-outbox.md can list them and the request pipeline can apply them.
 */
final class HttpLimits {
    /** A kiosk request body: over this is 413 PAYLOAD_TOO_LARGE (72 MiB: ten 5 MiB attachments in base64, and the rest). */
    static final long MAX_BODY_BYTES = 72L * 1024 * 1024;
    /** An admin request body (a few small fields). */
    static final long MAX_ADMIN_BODY_BYTES = 64L * 1024;
    /** More header lines than this is 431 HEADERS_TOO_LARGE. */
    static final int MAX_HEADERS = 100;
    /** More header bytes than this (name + value + 4 per line, request line not counted) is 431. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    /** A body above this reserves its size from the large-body budget before it is read. */
    static final long LARGE_BODY_BYTES = 1024L * 1024;
    /**
     * Default budget of large bodies read and processed at once, in MiB: one body of the maximal size, or e.g. seven
     * of 10 MiB. Processing holds about three times a body's size (bytes, parsed tree, decoded attachments).
     */
    static final int DEFAULT_LARGE_BODY_BUDGET_MIB = 72;
    /** How long a large body waits for budget before it is answered 503 UNAVAILABLE. */
    static final long BUDGET_WAIT_MS = 5_000;
    /**
     * The longest JSON string the parser builds, in chars: an attachment of 5 MiB in base64 (6,990,508) and a margin.
     * Longer is 400 VALIDATION_FAILED while parsing.
     */
    static final int MAX_JSON_STRING_CHARS = 7_000_000;
    /** A text field without a catalog maxLength, in characters (Unicode code points). */
    static final int MAX_TEXT_CHARS = 200;

    /*
     * The JDK server (com.sun.net.httpserver, JDK 17.0.9 and later) closes the connection without an answer when a
     * request has more than sun.net.httpserver.maxReqHeaders header lines (default 200) or more than
     * sun.net.httpserver.maxReqHeaderSize header bytes (default 380 KiB). Raised so that requests between the
     * contract's limits and these reach our code and get 431 with the error body; beyond them the JDK still closes
     * the connection (never a hang). The JDK reads them once, when its first server is made.
     */
    static final int JDK_MAX_HEADERS = 2_000;
    static final int JDK_MAX_HEADER_BYTES = 1024 * 1024;
    /*
     * A request whose headers and body take longer than this to arrive is closed by the JDK: a client that stalls
     * mid-body cannot hold a share of the large-body budget for ever.
     */
    static final int JDK_MAX_REQUEST_SECONDS = 120;

    private HttpLimits() {
    }

    /** Sets the JDK server's own limits unless the operator set them on the command line. */
    static void configureJdkServer() {
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        setIfAbsent("sun.net.httpserver.maxReqHeaders", Integer.toString(JDK_MAX_HEADERS));
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", Integer.toString(JDK_MAX_HEADER_BYTES));
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(JDK_MAX_REQUEST_SECONDS));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
