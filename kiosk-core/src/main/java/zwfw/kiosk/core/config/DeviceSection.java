package zwfw.kiosk.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceKind;

/**
 * Reads the {@code devices:} list: each entry has an {@code id}, a {@code kind}, a
 * {@code driver} and the driver's own {@code settings}. Driver-specific settings are checked by
 * the driver when it is built; here only the shape is. {@code essential} (default: true for the ID
 * card reader, false for the rest) says whether the kiosk goes out of service while the device is down.
 */
final class DeviceSection {
    private static final Set<String> ENTRY_KEYS = Set.of("id", "kind", "driver", "settings", "enabled", "essential");

    private DeviceSection() {
    }

    /**
     * Reads the device list. {@code driverCheck} names what is wrong with a device's driver (null when
     * fine); the loader has no driver table, so the caller that has one passes it. The ids of the
     * devices the kiosk cannot work without are added to {@code essential}.
     */
    static List<DeviceConfig> read(Node node, String source, Function<DeviceConfig, String> driverCheck,
                                   List<ConfigProblem> problems, Set<String> essential) {
        List<DeviceConfig> devices = new ArrayList<>();
        if (node == null || SettingsReader.isNull(node)) {
            return devices;
        }
        if (!(node instanceof SequenceNode list)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), "devices", "wrong type: must be a list of devices"));
            return devices;
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Node item : list.getValue()) {
            String at = "devices[" + index++ + "]";
            if (!(item instanceof MappingNode entry)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(item), at, "wrong type: must be a section with id, kind, driver"));
                continue;
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple t : entry.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (!ENTRY_KEYS.contains(key)) {
                    problems.add(new ConfigProblem(source, SettingsReader.line(t.getKeyNode()), at + "." + key,
                            "unknown key (a device has id, kind, driver, enabled, essential, settings)"));
                    continue;
                }
                fields.put(key, t.getValueNode());
            }
            String id = scalar(fields.get("id"), at + ".id", source, SettingsReader.line(entry), problems);
            String kindText = scalar(fields.get("kind"), at + ".kind", source, SettingsReader.line(entry), problems);
            String driver = scalar(fields.get("driver"), at + ".driver", source, SettingsReader.line(entry), problems);
            boolean enabled = flag(fields.get("enabled"), at + ".enabled", true, source, problems);
            DeviceKind kind = null;
            if (kindText != null) {
                try {
                    kind = DeviceKind.valueOf(kindText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new ConfigProblem(source, SettingsReader.line(fields.get("kind")), at + ".kind",
                            "unknown device kind '" + kindText + "' (one of " + List.of(DeviceKind.values()) + ")"));
                }
            }
            if (id != null && !ids.add(id)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(fields.get("id")), at + ".id", "duplicate device id '" + id + "'"));
            }
            Map<String, Object> settings = settings(fields.get("settings"), at + ".settings", source, problems);
            if (id != null && kind != null && driver != null && enabled) {
                if (flag(fields.get("essential"), at + ".essential", kind == DeviceKind.ID_CARD_READER, source, problems)) {
                    essential.add(id);
                }
                DeviceConfig device = new DeviceConfig(id, kind, driver, settings);
                String driverProblem = driverCheck.apply(device);
                if (driverProblem != null) {
                    problems.add(new ConfigProblem(source, SettingsReader.line(fields.get("driver")), at + ".driver", driverProblem));
                }
                devices.add(device);
            }
        }
        return devices;
    }

    /** A true/false entry key; {@code fallback} when absent, a problem when not a boolean. */
    private static boolean flag(Node node, String key, boolean fallback, String source, List<ConfigProblem> problems) {
        if (node == null || SettingsReader.isNull(node)) {
            return fallback;
        }
        if (!(node instanceof ScalarNode s) || !Tag.BOOL.equals(s.getTag())) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be true or false"));
            return fallback;
        }
        return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
    }

    private static String scalar(Node node, String key, String source, int entryLine, List<ConfigProblem> problems) {
        if (node == null || SettingsReader.isNull(node)) {
            problems.add(new ConfigProblem(source, entryLine, key, "missing required value"));
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be a text, not " + SettingsReader.describe(node)));
            return null;
        }
        return s.getValue().trim();
    }

    private static Map<String, Object> settings(Node node, String key, String source, List<ConfigProblem> problems) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node == null || SettingsReader.isNull(node)) {
            return map;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(node), key, "wrong type: must be a section of driver settings"));
            return map;
        }
        for (NodeTuple t : mapping.getValue()) {
            String name = ((ScalarNode) t.getKeyNode()).getValue();
            Object value = plain(t.getValueNode());
            if (value != null) {
                map.put(name, value);
            }
        }
        return map;
    }

    /** A driver setting as a plain Java value: Integer, Boolean, String, List or Map. */
    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return null;
            }
            if (Tag.INT.equals(s.getTag())) {
                try {
                    return Integer.parseInt(s.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
            if (Tag.BOOL.equals(s.getTag())) {
                return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(plain(n)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            map.put(((ScalarNode) t.getKeyNode()).getValue(), plain(t.getValueNode()));
        }
        return map;
    }
}
