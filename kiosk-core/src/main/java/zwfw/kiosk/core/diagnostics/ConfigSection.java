package zwfw.kiosk.core.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.settings.DriverSetting;

/**
 * The configuration as staff wrote it, without secrets: each YAML file (kiosk.yaml, and any file
 * layered over it) re-written with every value whose key names a secret, a PIN, a hash, a password, a
 * token or a key replaced by {@value #REDACTED}, and so every device setting its driver declares
 * secret; plus the {@code KIOSK_*} environment overrides under the same rule. The secrets file is
 * never read. Comments do not survive (the file is parsed, so nothing is hidden in a comment).
 */
public final class ConfigSection implements BundleSection {
    public static final String REDACTED = "***";
    /** The largest configuration file read (kiosk.yaml's own bound). */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(pin|hash|secret|password|passwd|token|key|credential).*");

    private final Map<String, Path> files;
    private final Map<String, String> environment;
    private final DeviceRegistry drivers;

    /** {@code files}: entry name → YAML file; {@code drivers}: which device settings are secret. */
    public ConfigSection(Map<String, Path> files, Map<String, String> environment, DeviceRegistry drivers) {
        this.files = new LinkedHashMap<>(files);
        this.environment = Map.copyOf(environment);
        this.drivers = drivers;
    }

    @Override
    public String name() {
        return "configuration";
    }

    @Override
    public void write(BundleEntries entries) throws IOException {
        for (Map.Entry<String, Path> f : files.entrySet()) {
            Path file = f.getValue();
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                entries.put(f.getKey(), ("# " + file + " is larger than " + MAX_FILE_BYTES + " bytes: not included\n")
                        .getBytes(StandardCharsets.UTF_8));
                continue;
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            Object tree = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
            DumperOptions dump = new DumperOptions();
            dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            dump.setAllowUnicode(true);
            String text = "# " + file + ", secrets, PINs and hashes replaced by " + REDACTED + "\n"
                    + new Yaml(new Representer(dump), dump).dump(redact(tree, null));
            entries.put(f.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> overrides = new TreeMap<>();
        environment.forEach((k, v) -> {
            if (k.startsWith("KIOSK_")) {
                overrides.put(k, secretName(k) ? REDACTED : v);
            }
        });
        entries.put("config/environment.json", DiagnosticsBundle.JSON.writeValueAsBytes(overrides));
    }

    static boolean secretName(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    /** A copy of the YAML tree with secret values replaced; {@code device} the device map being walked, if any. */
    private Object redact(Object node, Map<?, ?> device) {
        if (node instanceof Map<?, ?> map) {
            boolean isDevice = map.containsKey("driver") && map.containsKey("kind");
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (secretName(key) && !(e.getValue() instanceof Map)) {
                    copy.put(e.getKey(), REDACTED);
                } else if (device != null && "settings".equals(key) && e.getValue() instanceof Map<?, ?> settings) {
                    copy.put(e.getKey(), redactSettings(device, settings));
                } else {
                    copy.put(e.getKey(), redact(e.getValue(), isDevice ? map : device));
                }
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(redact(item, device)));
            return copy;
        }
        return node;
    }

    private Map<Object, Object> redactSettings(Map<?, ?> device, Map<?, ?> settings) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : settings.entrySet()) {
            String name = String.valueOf(e.getKey());
            copy.put(e.getKey(), secretName(name) || declaredSecret(device, name) ? REDACTED : redact(e.getValue(), null));
        }
        return copy;
    }

    private boolean declaredSecret(Map<?, ?> device, String setting) {
        try {
            DeviceKind kind = DeviceKind.valueOf(String.valueOf(device.get("kind")).toUpperCase(Locale.ROOT));
            return drivers.settings(kind, String.valueOf(device.get("driver")))
                    .flatMap(s -> s.setting(setting)).map(DriverSetting::secret)
                    .orElse(true); // a setting its driver does not know: keep it out rather than guess
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
