package zwfw.kiosk.drivers.device.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceException;

/**
 * Every setting one driver accepts, in the order a settings page shows them, plus rules across
 * settings. The one set of rules for a driver's settings: configuration validation, the driver
 * building its device and a settings page all go through {@link #check}.
 */
public final class DriverSettings {
    /** Answers -1 beyond two edits (and stops counting there). */
    private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

    private final List<DriverSetting> settings;
    private final List<SettingsRule> rules;

    private DriverSettings(List<DriverSetting> settings, List<SettingsRule> rules) {
        Map<String, DriverSetting> seen = new LinkedHashMap<>();
        for (DriverSetting s : settings) {
            if (seen.put(s.name(), s) != null) {
                throw new IllegalArgumentException("setting '" + s.name() + "' declared twice");
            }
        }
        this.settings = List.copyOf(settings);
        this.rules = List.copyOf(rules);
    }

    public static DriverSettings of(DriverSetting... settings) {
        return new DriverSettings(List.of(settings), List.of());
    }

    /** A driver without settings. */
    public static DriverSettings none() {
        return of();
    }

    /** These settings with one more rule across them. */
    public DriverSettings withRule(SettingsRule rule) {
        List<SettingsRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new DriverSettings(settings, more);
    }

    public List<DriverSetting> settings() {
        return settings;
    }

    public Optional<DriverSetting> setting(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Checks raw settings as read from configuration (whole numbers as Integer, Long or BigInteger,
     * texts, booleans, lists; a null value counts as absent): unknown names, types, ranges, choices,
     * required settings, then the rules across settings once each setting is valid on its own.
     */
    public SettingsCheck check(Map<String, ?> raw) {
        List<SettingProblem> problems = new ArrayList<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            Optional<DriverSetting> setting = setting(e.getKey());
            if (setting.isEmpty()) {
                problems.add(new SettingProblem(e.getKey(), "unknown setting" + suggestion(e.getKey())));
                continue;
            }
            try {
                typed.put(e.getKey(), setting.get().convert(e.getValue()));
            } catch (IllegalArgumentException | ArithmeticException ex) {
                problems.add(new SettingProblem(e.getKey(), ex.getMessage()));
            }
        }
        for (DriverSetting s : settings) {
            if (s.required() && !typed.containsKey(s.name()) && problems.stream().noneMatch(p -> p.key().equals(s.name()))) {
                problems.add(new SettingProblem(s.name(), "missing required setting: " + s.description()));
            }
        }
        SettingValues values = new SettingValues(this, typed);
        if (problems.isEmpty()) {
            for (SettingsRule rule : rules) {
                rule.check(values).ifPresent(problems::add);
            }
        }
        return new SettingsCheck(values, problems);
    }

    /**
     * The typed settings of {@code config}, for the driver building its device. Configuration was
     * checked with the same rules before, so this only fails for a device built by other code.
     */
    public SettingValues read(DeviceConfig config) throws DeviceException {
        SettingsCheck check = check(config.settings());
        if (!check.valid()) {
            SettingProblem p = check.problems().get(0);
            throw new DeviceException("BAD_SETTINGS", "device " + config.id() + ": setting " + p.key() + ": " + p.message());
        }
        return check.values();
    }

    private String suggestion(String name) {
        List<String> names = settings.stream().map(DriverSetting::name).toList();
        if (names.isEmpty()) {
            return " (this driver has no settings)";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String known : names) {
            if (close(known.toLowerCase(Locale.ROOT), lower)) {
                return " (did you mean '" + known + "'? this driver's settings: " + String.join(", ", names) + ")";
            }
        }
        return " (this driver's settings: " + String.join(", ", names) + ")";
    }

    /** Edit distance of at most 2, for "did you mean"; names past 64 letters are not compared. */
    private static boolean close(String a, String b) {
        return b.length() <= 64 && WITHIN_TWO_EDITS.apply(a, b) >= 0;
    }
}
