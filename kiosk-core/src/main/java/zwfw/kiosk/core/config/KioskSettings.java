package zwfw.kiosk.core.config;

import static zwfw.kiosk.core.config.Setting.number;
import static zwfw.kiosk.core.config.Setting.optional;
import static zwfw.kiosk.core.config.Setting.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key of {@code kiosk.yaml} and of the secrets file, with types, ranges and defaults.
 * Adding a setting is one line here and one accessor in {@link KioskConfig}. The device list
 * ({@code devices}) has its own shape and is read by {@link DeviceSection}.
 */
final class KioskSettings {
    /** kiosk.timeZone when unset: China time. */
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    static final List<Setting> MAIN = List.of(
            required("kiosk.id", SettingType.IDENTIFIER),
            required("kiosk.name", SettingType.STRING),
            required("kiosk.centre", SettingType.STRING),
            optional("kiosk.locale", SettingType.LOCALE, "zh-CN"),
            optional("kiosk.hotline", SettingType.STRING, "12345"),
            optional("kiosk.timeZone", SettingType.TIME_ZONE, DEFAULT_ZONE),
            optional("kiosk.staffedHall.name", SettingType.STRING, ""),
            optional("kiosk.staffedHall.hours", SettingType.STRING, ""),
            optional("kiosk.staffedHall.address", SettingType.STRING, ""),
            required("data.dir", SettingType.PATH),
            required("secrets.file", SettingType.PATH),
            required("platform.url", SettingType.PLATFORM_URL),
            number("platform.connectTimeoutSeconds", 1, 120, 5),
            number("platform.readTimeoutSeconds", 1, 300, 15),
            number("platform.callTimeoutSeconds", 1, 600, 30),
            number("platform.heartbeatSeconds", 10, 3600, 60),
            number("platform.catalogRefreshMinutes", 1, 1440, 30),
            number("outbox.personalDataHours", 1, 720, 24),
            number("usage.retentionDays", 30, 3660, 400),
            optional("platform.caBundle", SettingType.PATH, null),
            optional("platform.pins", SettingType.STRING_LIST, List.of()),
            optional("ui.fullScreen", SettingType.BOOLEAN, true),
            optional("ui.alwaysOnTop", SettingType.BOOLEAN, true),
            optional("ui.showCursor", SettingType.BOOLEAN, false),
            number("ui.idleTimeoutSeconds", 10, 3600, 60),
            number("ui.countdownSeconds", 5, 120, 20),
            number("ui.elderlyIdleTimeoutSeconds", 10, 3600, 120),
            number("ui.countdownShownSeconds", 0, 3600, 30),
            number("ui.thanksSeconds", 2, 120, 6),
            optional("ui.elderlyMode", SettingType.BOOLEAN, false),
            optional("ui.speech", SettingType.BOOLEAN, true),
            required("security.maintenancePinHash", SettingType.STRING),
            required("security.adminPinHash", SettingType.STRING),
            optional("maintenance.extraPortGlob", SettingType.STRING, null),
            number("maintenance.idleExitSeconds", 30, 3600, 180),
            optional("metrics.enabled", SettingType.BOOLEAN, false),
            optional("metrics.address", SettingType.STRING, "127.0.0.1"),
            number("metrics.port", 0, 65535, 9464),
            optional("metrics.username", SettingType.STRING, null),
            optional("metrics.keyStore", SettingType.PATH, null));

    static final List<Setting> SECRETS = List.of(
            Setting.secret("platform.secret"),
            Setting.secret("storage.key"),
            Setting.optionalSecret("metrics.token"),
            Setting.optionalSecret("metrics.password"),
            Setting.optionalSecret("metrics.keyStorePassword"));

    static final String DEVICES = "devices";

    private KioskSettings() {
    }

    static Map<String, Setting> byPath(List<Setting> settings) {
        Map<String, Setting> map = new LinkedHashMap<>();
        settings.forEach(s -> map.put(s.path(), s));
        return map;
    }
}
