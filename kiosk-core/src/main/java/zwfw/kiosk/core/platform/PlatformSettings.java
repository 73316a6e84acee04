package zwfw.kiosk.core.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * How to reach the platform (config {@code platform.url}, {@code kiosk.id}, secrets {@code platform.secret}).
 *
 * @param baseUrl  e.g. {@code https://platform.example.gov.cn} (no trailing slash needed)
 * @param kioskId  e.g. {@code KSK-330304-0001}
 * @param secret   the shared HMAC secret issued by the platform
 * @param timeouts connect/read/call limits
 * @param caBundle a PEM file of CA certificates to trust instead of the system's, or null
 * @param pins     certificate pins ({@code sha256/BASE64}) for the base URL's host; empty for none
 */
public record PlatformSettings(String baseUrl, String kioskId, String secret, PlatformTimeouts timeouts,
                               Path caBundle, List<String> pins) {
    public PlatformSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("platform.url is not set");
        }
        if (kioskId == null || kioskId.isBlank()) {
            throw new IllegalArgumentException("kiosk.id is not set");
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("platform.secret is not set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        timeouts = timeouts == null ? PlatformTimeouts.defaults() : timeouts;
        pins = pins == null ? List.of() : List.copyOf(pins);
    }

    public static PlatformSettings of(String baseUrl, String kioskId, String secret) {
        return new PlatformSettings(baseUrl, kioskId, secret, PlatformTimeouts.defaults(), null, List.of());
    }

    public PlatformSettings withTimeouts(PlatformTimeouts t) {
        return new PlatformSettings(baseUrl, kioskId, secret, t, caBundle, pins);
    }

    @Override
    public String toString() {
        return "PlatformSettings[baseUrl=" + baseUrl + ", kioskId=" + kioskId + ", secret=<hidden>, timeouts=" + timeouts
                + ", caBundle=" + caBundle + ", pins=" + pins + "]";
    }
}
