package zwfw.kiosk.drivers.docprinter.ipp;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import zwfw.kiosk.drivers.device.DeviceConfig;

/**
 * The {@code ipp} driver's settings, all read here (one table for porting to typed declarations):
 * <pre>
 * name                  type    range / values                          default
 * uri                   string  ipp:// ipps:// http:// https:// + host   (required)
 * deviceUri             string  auto | none | an IPP URI                 auto
 * requestTimeoutMillis  int     200..60000                               5000
 * pollMillis            int     100..10000                               500
 * jobTimeoutSeconds     int     10..3600                                 180
 * stoppedGraceSeconds   int     0..600                                   20
 * </pre>
 * {@code deviceUri}: the printer behind a CUPS queue, asked beside the queue because the queue's
 * view is stale; {@code auto} takes the queue's {@code device-uri} when it is plain IPP,
 * {@code none} asks the queue only. {@code stoppedGraceSeconds}: how long a job may stay stopped
 * (paper out in the middle) before it is canceled so it cannot print later for someone else.
 */
public record IppSettings(URI uri, DeviceSource deviceSource, URI deviceUri, Duration requestTimeout, Duration poll,
                          Duration jobTimeout, Duration stoppedGrace) {

    public enum DeviceSource { AUTO, NONE, GIVEN }

    public static IppSettings from(DeviceConfig c) {
        String uriText = c.string("uri", "").trim();
        if (uriText.isEmpty()) {
            throw new IllegalArgumentException("device " + c.id() + ": setting 'uri' is required, e.g. ipp://127.0.0.1:631/printers/KioskA4");
        }
        URI uri = ippUri(c.id(), "uri", uriText);
        String dev = c.string("deviceUri", "auto").trim();
        DeviceSource source;
        URI deviceUri = null;
        switch (dev.toLowerCase(Locale.ROOT)) {
            case "auto", "" -> source = DeviceSource.AUTO;
            case "none" -> source = DeviceSource.NONE;
            default -> {
                source = DeviceSource.GIVEN;
                deviceUri = ippUri(c.id(), "deviceUri", dev);
            }
        }
        return new IppSettings(uri, source, deviceUri,
                Duration.ofMillis(ranged(c, "requestTimeoutMillis", 5000, 200, 60_000)),
                Duration.ofMillis(ranged(c, "pollMillis", 500, 100, 10_000)),
                Duration.ofSeconds(ranged(c, "jobTimeoutSeconds", 180, 10, 3600)),
                Duration.ofSeconds(ranged(c, "stoppedGraceSeconds", 20, 0, 600)));
    }

    private static URI ippUri(String id, String key, String text) {
        URI u;
        try {
            u = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device " + id + ": setting '" + key + "' is not a URI: " + text);
        }
        if (!IppClient.isIpp(u)) {
            throw new IllegalArgumentException("device " + id + ": setting '" + key
                    + "' must be ipp://, ipps://, http:// or https:// with a host, not '" + text + "'");
        }
        return u;
    }

    private static int ranged(DeviceConfig c, String key, int fallback, int min, int max) {
        int v = c.integer(key, fallback);
        if (v < min || v > max) {
            throw new IllegalArgumentException("device " + c.id() + ": setting '" + key + "' must be " + min + ".." + max + ", not " + v);
        }
        return v;
    }
}
