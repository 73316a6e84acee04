package zwfw.kiosk.core.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.settings.DriverSetting;
import zwfw.kiosk.drivers.device.settings.DriverSettings;
import zwfw.kiosk.drivers.device.settings.SettingType;
import zwfw.kiosk.drivers.device.settings.SettingProblem;
import zwfw.kiosk.drivers.device.settings.SettingsCheck;

/**
 * Reads the {@code devices:} list: each entry has an {@code id}, a {@code kind}, a {@code driver}
 * and the driver's own {@code settings}, checked against what that driver declares (types, ranges,
 * choices, required settings) with the line of each. {@code essential} (default: true for the ID
 * card reader, false for the rest) says whether the kiosk goes out of service while the device is down.
 */
final class DeviceSection {
    private static final Set<String> ENTRY_KEYS = Set.of("id", "kind", "driver", "settings", "enabled", "essential");
    private static final String ENTRY_SHAPE = "a device has id, kind, driver, enabled, essential, settings";

    private DeviceSection() {
    }

    /**
     * Reads the device list. {@code drivers} knows each driver's settings; the ids of the devices the
     * kiosk cannot work without are added to {@code essential}. Disabled devices are checked but not returned.
     */
    static List<DeviceConfig> read(Node node, String source, DeviceRegistry drivers, List<ConfigProblem> problems,
                                   Set<String> essential) {
        return read(node, source, drivers, problems, essential, Map.of(), Map.of(), new LinkedHashMap<>());
    }

    /**
     * As above, with the local override file's entries replacing a device's driver and settings
     * (problems there name the override file and its lines), and environment variables
     * {@code KIOSK_DEVICE_<ID>_<SETTING>} fixing single settings; the names of those go to {@code fixed} by device id.
     */
    static List<DeviceConfig> read(Node node, String source, DeviceRegistry drivers, List<ConfigProblem> problems,
                                   Set<String> essential, Map<String, DeviceOverrides.Entry> overrides,
                                   Map<String, String> environment, Map<String, Set<String>> fixed) {
        Map<String, DeviceOverrides.Entry> unused = new LinkedHashMap<>(overrides);
        List<DeviceConfig> devices = new ArrayList<>();
        if (SettingsReader.isNull(node)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), "devices",
                    "is empty: list the devices (each with id, kind, driver, settings)"));
            return devices;
        }
        if (!(node instanceof SequenceNode list)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), "devices", "wrong type: must be a list of devices"));
            return devices;
        }
        Set<String> ids = new HashSet<>();
        Map<String, String> portUsers = new LinkedHashMap<>();
        int index = 0;
        for (Node item : list.getValue()) {
            String at = "devices[" + index++ + "]";
            if (!(item instanceof MappingNode entry)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(item), at, "wrong type: must be a section with id, kind, driver"));
                continue;
            }
            Map<String, Integer> keyLines = new LinkedHashMap<>();
            Map<String, Node> fields = fields(entry, at, source, problems, keyLines);
            int entryLine = SettingsReader.line(entry);
            String id = scalar(fields.get("id"), at + ".id", source, entryLine, problems);
            String kindText = scalar(fields.get("kind"), at + ".kind", source, entryLine, problems);
            DeviceOverrides.Entry override = id == null ? null : unused.remove(id.trim());
            String driverSource = source;
            String settingsSource = source;
            if (override != null && override.driver() != null) {
                fields.put("driver", override.driver());
                driverSource = override.source();
            }
            if (override != null && override.settings() != null) {
                fields.put("settings", override.settings());
                keyLines.put("settings", override.line());
                settingsSource = override.source();
            }
            String driver = scalar(fields.get("driver"), at + ".driver", driverSource, entryLine, problems);
            boolean enabled = flag(fields.get("enabled"), at + ".enabled", true, source, problems);
            if (id != null && !TextRules.IDENTIFIER.matcher(id).matches()) {
                problems.add(new ConfigProblem(source, SettingsReader.line(fields.get("id")), at + ".id",
                        "must be 1 to 64 letters, digits, '-' or '_', not '" + TextRules.cut(id) + "'"));
                id = null;
            } else if (id != null && !ids.add(id)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(fields.get("id")), at + ".id", "duplicate device id '" + id + "'"));
            }
            DeviceKind kind = kind(kindText, fields.get("kind"), at, source, problems);
            boolean isEssential = flag(fields.get("essential"), at + ".essential", kind == DeviceKind.ID_CARD_READER, source, problems);
            Optional<DriverSettings> declared = Optional.empty();
            if (kind != null && driver != null) {
                declared = drivers.settings(kind, driver);
                if (declared.isEmpty()) {
                    List<String> known = drivers.driversFor(kind);
                    problems.add(new ConfigProblem(driverSource, SettingsReader.line(fields.get("driver")), at + ".driver",
                            "unknown driver '" + TextRules.cut(driver) + "' for " + kind + " (one of " + known + ")"));
                }
            }
            Node settingsNode = fields.get("settings");
            int settingsLine = keyLines.getOrDefault("settings", entryLine);
            Map<String, RawSetting> raw = settings(settingsNode, at + ".settings", settingsSource, problems);
            Map<String, Object> checked = null;
            if (declared.isPresent()) {
                fromEnvironment(declared.get(), id, environment, raw, fixed);
                checked = check(declared.get(), raw, at + ".settings", settingsLine, settingsSource, problems);
            }
            if (checked != null && enabled) {
                sharedPorts(declared.get(), raw, id, at + ".settings", portUsers, problems);
            }
            if (id != null && kind != null && checked != null && enabled) {
                if (isEssential) {
                    essential.add(id);
                }
                devices.add(new DeviceConfig(id, kind, driver, checked));
            }
        }
        unused.forEach((id, o) -> problems.add(new ConfigProblem(o.source(), o.line(), "devices." + id,
                "no device with this id in " + source + " (the override changes configured devices only)")));
        return devices;
    }

    /** The environment variable that fixes one setting of one device: KIOSK_DEVICE_PRINTER_PORT. */
    static String environmentVariable(String deviceId, String setting) {
        return "KIOSK_DEVICE_" + deviceId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                + "_" + setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Settings fixed by an environment variable replace the file's; they are typed as a person types them. */
    private static void fromEnvironment(DriverSettings declared, String id, Map<String, String> environment,
                                        Map<String, RawSetting> raw, Map<String, Set<String>> fixed) {
        if (id == null || environment.isEmpty()) {
            return;
        }
        for (DriverSetting s : declared.settings()) {
            String variable = environmentVariable(id, s.name());
            String text = environment.get(variable);
            if (text == null) {
                continue;
            }
            raw.put(s.name(), new RawSetting(TypedText.value(text), 0, "environment variable " + variable));
            fixed.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(s.name());
        }
    }

    /** A setting's value as read (whole numbers exact as BigInteger), the line it is on and the file (or variable) it came from. */
    private record RawSetting(Object value, int line, String source) {
    }

    /** The entry's known keys; unknown and non-word keys are problems. */
    private static Map<String, Node> fields(MappingNode entry, String at, String source, List<ConfigProblem> problems,
                                            Map<String, Integer> keyLines) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : entry.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(t.getKeyNode()), at, "keys must be plain words (" + ENTRY_SHAPE + ")"));
                continue;
            }
            String key = keyNode.getValue();
            if (!ENTRY_KEYS.contains(key)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(keyNode), at + "." + key, "unknown key (" + ENTRY_SHAPE + ")"));
                continue;
            }
            fields.put(key, t.getValueNode());
            keyLines.put(key, SettingsReader.line(keyNode));
        }
        return fields;
    }

    private static DeviceKind kind(String kindText, Node node, String at, String source, List<ConfigProblem> problems) {
        if (kindText == null) {
            return null;
        }
        try {
            return DeviceKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), at + ".kind",
                    "unknown device kind '" + TextRules.cut(kindText) + "' (one of " + List.of(DeviceKind.values()) + ")"));
            return null;
        }
    }

    /**
     * Checks the settings against the driver's declaration; returns them as the driver will read
     * them again (whole numbers narrowed to Long), or null when any is wrong.
     */
    private static Map<String, Object> check(DriverSettings declared, Map<String, RawSetting> raw, String at, int settingsLine,
                                             String source, List<ConfigProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach((name, setting) -> values.put(name, setting.value()));
        SettingsCheck check = declared.check(values);
        for (SettingProblem p : check.problems()) {
            RawSetting where = raw.get(p.key());
            problems.add(new ConfigProblem(where != null ? where.source() : source, where != null ? where.line() : settingsLine,
                    at + "." + p.key(), p.message()));
        }
        if (!check.valid()) {
            return null;
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        values.forEach((name, value) -> clean.put(name, value instanceof BigInteger b ? (Object) b.longValueExact() : value));
        return clean;
    }

    /**
     * Two enabled devices on one port would read each other's bytes: a port (a setting the driver
     * declares as {@link SettingType#PORT}) given to a second device is a problem at its line.
     */
    private static void sharedPorts(DriverSettings declared, Map<String, RawSetting> raw, String id, String at,
                                    Map<String, String> portUsers, List<ConfigProblem> problems) {
        for (DriverSetting s : declared.settings()) {
            RawSetting given = raw.get(s.name());
            if (s.type() != SettingType.PORT || given == null) {
                continue;
            }
            String port = given.value().toString().strip();
            String first = portUsers.putIfAbsent(port, id == null ? "?" : id);
            if (first != null) {
                problems.add(new ConfigProblem(given.source(), given.line(), at + "." + s.name(),
                        "port " + TextRules.cut(port) + " is already used by device '" + first + "'"));
            }
        }
    }

    /** A true/false entry key; {@code fallback} when absent, a problem when not a boolean. */
    private static boolean flag(Node node, String key, boolean fallback, String source, List<ConfigProblem> problems) {
        if (node == null || SettingsReader.isNull(node)) {
            return fallback;
        }
        if (!(node instanceof ScalarNode s) || !Tag.BOOL.equals(s.getTag())) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be true or false, not "
                    + SettingsReader.describe(node)));
            return fallback;
        }
        return yes(s.getValue());
    }

    private static String scalar(Node node, String key, String source, int entryLine, List<ConfigProblem> problems) {
        if (node == null || SettingsReader.isNull(node)) {
            problems.add(new ConfigProblem(source, node == null ? entryLine : SettingsReader.line(node), key, "missing required value"));
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be a text, not " + SettingsReader.describe(node)));
            return null;
        }
        String control = TextRules.control(s.getValue());
        if (control != null) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, control));
            return null;
        }
        return s.getValue().trim();
    }

    private static Map<String, RawSetting> settings(Node node, String key, String source, List<ConfigProblem> problems) {
        Map<String, RawSetting> map = new LinkedHashMap<>();
        if (node == null || SettingsReader.isNull(node)) {
            return map;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be a section of driver settings"));
            return map;
        }
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(t.getKeyNode()), key, "setting names must be plain words"));
                continue;
            }
            Object value = raw(t.getValueNode());
            if (value != null) {
                map.put(keyNode.getValue(), new RawSetting(value, SettingsReader.line(t.getValueNode()), source));
            }
        }
        return map;
    }

    /**
     * A setting as a plain Java value for the driver's declaration: BigInteger for a decimal whole
     * number (exact, however large), Boolean, String (any other scalar, including fractions such as
     * {@code 1e18}, which a whole-number setting then refuses), List, or Map; null for an empty value.
     */
    private static Object raw(Node node) {
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return null;
            }
            if (Tag.INT.equals(s.getTag())) {
                String digits = s.getValue().replace("_", "");
                return digits.matches("[-+]?(0|[1-9][0-9]{0,400})") ? new BigInteger(digits) : s.getValue();
            }
            if (Tag.BOOL.equals(s.getTag())) {
                return yes(s.getValue());
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(raw(n)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?", raw(t.getValueNode()));
        }
        return map;
    }

    /** YAML 1.1 spells true as true, yes or on (any case). */
    private static boolean yes(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
    }
}
