package zwfw.kiosk.core.platform;

/** The answer to {@code GET /api/v1/catalog}: unchanged (304) or a new body with its ETag. */
public record CatalogFetch(boolean modified, String etag, byte[] body) {
    public static CatalogFetch unchanged(String etag) {
        return new CatalogFetch(false, etag, null);
    }
}
