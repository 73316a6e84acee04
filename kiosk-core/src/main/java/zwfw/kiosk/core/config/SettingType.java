package zwfw.kiosk.core.config;

/** The value types a configuration key may have. */
enum SettingType {
    STRING("a text"),
    IDENTIFIER("letters, digits, '-' and '_'"),
    INTEGER("a whole number"),
    BOOLEAN("true or false"),
    PATH("a file or directory path"),
    PLATFORM_URL("an http(s) URL or 'embedded'"),
    LOCALE("'zh-CN' or 'en'"),
    TIME_ZONE("a time zone id such as Asia/Shanghai"),
    STRING_LIST("a list of texts");

    final String description;

    SettingType(String description) {
        this.description = description;
    }
}
