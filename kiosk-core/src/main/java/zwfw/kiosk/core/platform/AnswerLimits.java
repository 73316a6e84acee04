package zwfw.kiosk.core.platform;

/**
 * The most bytes the kiosk reads of each of the platform's answers. A misbehaving or hostile
 * platform (or a proxy in between) that sends more gets a {@link PlatformError} with code
 * {@link #TOO_LARGE}, never an out-of-memory error: the declared length is checked before reading,
 * and reading stops one byte past the limit. Each bound is far above what a real answer needs.
 */
public final class AnswerLimits {
    /** The error code of an answer over its limit. */
    public static final String TOO_LARGE = "ANSWER_TOO_LARGE";
    /** The error code of an answer that is not exactly one JSON value of the expected shape. */
    public static final String BAD_ANSWER = "BAD_ANSWER";

    /** §5 catalog: hundreds of services with their forms fit in well under 1 MiB. */
    public static final long CATALOG_BYTES = 8L * 1024 * 1024;
    /** §3 case answer: a receipt and (for DOCUMENT services) a few document entries. */
    public static final long CASE_ANSWER_BYTES = 64L * 1024;
    /** §3 progress of a case, with its history. */
    public static final long PROGRESS_BYTES = 256L * 1024;
    /** §7 identity from a QR token: one person. */
    public static final long IDENTITY_BYTES = 16L * 1024;
    /** §4 evaluation answer and §6 heartbeat commands. */
    public static final long SMALL_ANSWER_BYTES = 64L * 1024;
    /** §10 a help request's ticket and status (a message of a few sentences). */
    public static final long HELP_BYTES = 16L * 1024;
    /** §9 a document to print (a PDF of a few pages); for the document download to come. */
    public static final long DOCUMENT_BYTES = 32L * 1024 * 1024;
    /** §2 an error body ({"code", "message", "field"}); a longer one is ignored and the status alone counts. */
    public static final long ERROR_BYTES = 16L * 1024;

    private AnswerLimits() {
    }
}
