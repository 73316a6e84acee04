package zwfw.kiosk.core.platform;

/** A scanned document of a case (at most 5 MiB decoded, at most 10 per case). */
public record Attachment(String name, String contentType, String sha256, String dataBase64) {

    public static Attachment of(String name, String contentType, byte[] data) {
        return new Attachment(name, contentType, RequestSigner.sha256Hex(data), java.util.Base64.getEncoder().encodeToString(data));
    }

    @Override
    public String toString() {
        return "Attachment[name=" + name + ", contentType=" + contentType + ", bytes~" + (dataBase64 == null ? 0 : dataBase64.length() * 3 / 4) + "]";
    }
}
