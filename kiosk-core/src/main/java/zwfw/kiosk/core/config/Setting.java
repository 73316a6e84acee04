package zwfw.kiosk.core.config;

/**
 * One known configuration key: its dotted path, type, whether it must be present, its range
 * (for numbers) and its default. The table of all keys is {@link KioskSettings}.
 */
record Setting(String path, SettingType type, boolean required, long min, long max, Object defaultValue, boolean secret) {

    static Setting required(String path, SettingType type) {
        return new Setting(path, type, true, Long.MIN_VALUE, Long.MAX_VALUE, null, false);
    }

    static Setting optional(String path, SettingType type, Object defaultValue) {
        return new Setting(path, type, false, Long.MIN_VALUE, Long.MAX_VALUE, defaultValue, false);
    }

    /** A whole number from {@code min} to {@code max}; its default an Integer like the values read (KioskConfig casts). */
    static Setting number(String path, int min, int max, int defaultValue) {
        return new Setting(path, SettingType.INTEGER, false, min, max, Integer.valueOf(defaultValue), false);
    }

    /** A required secret: its value never appears in a message. */
    static Setting secret(String path) {
        return new Setting(path, SettingType.STRING, true, Long.MIN_VALUE, Long.MAX_VALUE, null, true);
    }

    /** A secret that may be left out (its feature is then off). */
    static Setting optionalSecret(String path) {
        return new Setting(path, SettingType.STRING, false, Long.MIN_VALUE, Long.MAX_VALUE, null, true);
    }

    /** The environment variable that overrides this key: KIOSK_ + path upper-cased, dots as underscores. */
    String environmentVariable() {
        return environmentVariableFor(path);
    }

    static String environmentVariableFor(String path) {
        return "KIOSK_" + path.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
