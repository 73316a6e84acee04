package zwfw.kiosk.drivers.docprinter.ipp;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingProblem;
import zwfw.kiosk.drivers.device.settings.SettingValues;

/**
 * The {@code ipp} driver's settings ({@link #DECLARED}): {@code uri} (required) of a CUPS queue or
 * an IPP Everywhere printer; {@code deviceUri} ({@code auto}): the printer behind a CUPS queue,
 * asked beside the queue because the queue's view is stale — {@code auto} takes the queue's
 * {@code device-uri} when it is plain IPP, {@code none} asks the queue only;
 * {@code requestTimeoutMillis} (5000); {@code pollMillis} (500) how often a job is followed;
 * {@code jobTimeoutSeconds} (180) after which a job is canceled; {@code stoppedGraceSeconds} (20)
 * how long a job may stay stuck (paper out in the middle) before it is canceled, so it cannot
 * print later for someone else.
 */
public record IppSettings(URI uri, DeviceSource deviceSource, URI deviceUri, Duration requestTimeout, Duration poll,
                          Duration jobTimeout, Duration stoppedGrace) {

    public enum DeviceSource { AUTO, NONE, GIVEN }

    private static final int MAX_URI_LENGTH = 2048;

    public static final DriverSettings DECLARED = DriverSettings.of(
                    DriverSetting.text("uri", MAX_URI_LENGTH, null,
                            "the printer: a CUPS queue (ipp://127.0.0.1:631/printers/KioskA4) or an IPP Everywhere printer (ipp://host:631/ipp/print)")
                            .asRequired(),
                    DriverSetting.text("deviceUri", MAX_URI_LENGTH, "auto",
                            "the printer behind a CUPS queue, asked beside it: auto (the queue's device-uri when it is IPP), none, or an IPP URI"),
                    DriverSetting.millis("requestTimeoutMillis", 200, 60_000, 5000, "how long one IPP request may take"),
                    DriverSetting.millis("pollMillis", 100, 10_000, 500, "how often a job is followed"),
                    DriverSetting.seconds("jobTimeoutSeconds", 10, 3600, 180, "a job not ended by then is canceled"),
                    DriverSetting.seconds("stoppedGraceSeconds", 0, 600, 20, "a job stuck that long (paper out, queue stopped) is canceled"))
            .withRule(v -> badUri(v, "uri", v.text("uri")))
            .withRule(v -> deviceSource(v.text("deviceUri")) == DeviceSource.GIVEN ? badUri(v, "deviceUri", v.text("deviceUri"))
                    : Optional.empty());

    public static IppSettings from(DeviceConfig config) throws DeviceException {
        return from(DECLARED.read(config));
    }

    /** Builds the settings from checked values. */
    public static IppSettings from(SettingValues v) {
        String dev = v.text("deviceUri").trim();
        DeviceSource source = deviceSource(dev);
        return new IppSettings(URI.create(v.text("uri").trim()), source, source == DeviceSource.GIVEN ? URI.create(dev) : null,
                v.duration("requestTimeoutMillis"), v.duration("pollMillis"), v.duration("jobTimeoutSeconds"),
                v.duration("stoppedGraceSeconds"));
    }

    private static DeviceSource deviceSource(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> DeviceSource.AUTO;
            case "none" -> DeviceSource.NONE;
            default -> DeviceSource.GIVEN;
        };
    }

    private static Optional<SettingProblem> badUri(SettingValues v, String key, String text) {
        try {
            if (IppClient.isIpp(URI.create(text.trim()))) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the parser's detail
        }
        return Optional.of(new SettingProblem(key, "must be ipp://, ipps://, http:// or https:// with a host, not " + DriverSetting.quoted(text)));
    }
}
