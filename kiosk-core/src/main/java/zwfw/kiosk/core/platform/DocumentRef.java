package zwfw.kiosk.core.platform;

import java.util.regex.Pattern;

/**
 * A document the platform issued for a DOCUMENT case (contract §3, §9): what to fetch and how to check it.
 * Metadata only, no content and no personal data, so the outbox keeps it with the case's answer.
 *
 * @param url    the path to fetch, relative to the platform's base ({@code /api/v1/cases/{caseNo}/documents/{id}})
 * @param sha256 lower-case hex of the PDF; {@link PlatformClient#fetchDocument} returns nothing that differs
 */
public record DocumentRef(String id, Title title, int pages, String sha256, String url) {
    /** The most documents one case answer may list, and the most pages one document may claim. */
    public static final int MAX_PER_CASE = 10;
    public static final int MAX_PAGES = 200;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern PATH = Pattern.compile("/api/v1/cases/[A-Za-z0-9-]{1,64}/documents/[A-Za-z0-9-]{1,64}");

    /** The document's title in both languages. */
    public record Title(String zh, String en) {
    }

    /** Whether the platform's entry is well-formed: an id, a title, 1..200 pages, a SHA-256, a path on the platform. */
    public boolean wellFormed() {
        return id != null && !id.isBlank() && id.length() <= 64 && title != null && title.zh() != null
                && title.zh().length() <= 200 && (title.en() == null || title.en().length() <= 200)
                && pages >= 1 && pages <= MAX_PAGES && sha256 != null && HEX64.matcher(sha256).matches()
                && url != null && PATH.matcher(url).matches();
    }
}
