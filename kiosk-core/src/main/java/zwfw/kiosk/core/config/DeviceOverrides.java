package zwfw.kiosk.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the local override file the maintenance screen writes ({@value LocalOverride#FILE_NAME} in
 * the data directory): per device id, a driver and the settings that replace those of the installed
 * {@code kiosk.yaml}, which may be read-only and keeps its comments. Read with the same protections
 * as {@code kiosk.yaml} (size, UTF-8, no anchors, no duplicate keys), every problem with its line.
 */
final class DeviceOverrides {
    /** One device's replacement: its driver and settings nodes (either may be null), where they came from. */
    record Entry(Node driver, Node settings, String source, int line) {
    }

    private DeviceOverrides() {
    }

    /** The overrides in {@code file} by device id; empty when there is no such file, null after a problem. */
    static Map<String, Entry> read(Path file, List<ConfigProblem> problems) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return out;
        }
        String source = ConfigLoader.display(file);
        Node root = YamlFile.read(file, ConfigLoader.MAX_MAIN_BYTES, source, problems);
        if (root == null) {
            return null;
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(new ConfigProblem(source, SettingsReader.line(root), "", "must be a section with devices:"));
            return null;
        }
        int before = problems.size();
        for (NodeTuple t : top.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!"devices".equals(key) || !(t.getValueNode() instanceof MappingNode devices)) {
                problems.add(new ConfigProblem(source, SettingsReader.line(t.getKeyNode()), key,
                        "unknown key: the override file holds only devices:, a section per device id"));
                continue;
            }
            for (NodeTuple d : devices.getValue()) {
                String id = d.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String at = "devices." + id;
                if (!(d.getValueNode() instanceof MappingNode entry)) {
                    problems.add(new ConfigProblem(source, SettingsReader.line(d.getValueNode()), at, "must be a section with driver and settings"));
                    continue;
                }
                Node driver = null;
                Node settings = null;
                for (NodeTuple f : entry.getValue()) {
                    String name = f.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                    switch (name) {
                        case "driver" -> driver = f.getValueNode();
                        case "settings" -> settings = f.getValueNode();
                        default -> problems.add(new ConfigProblem(source, SettingsReader.line(f.getKeyNode()), at + "." + name,
                                "unknown key (an override has driver and settings)"));
                    }
                }
                out.put(id, new Entry(driver, settings, source, SettingsReader.line(d.getKeyNode())));
            }
        }
        return problems.size() > before ? null : out;
    }
}
