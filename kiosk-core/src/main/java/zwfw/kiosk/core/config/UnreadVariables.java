package zwfw.kiosk.core.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import zwfw.kiosk.drivers.device.DeviceConfig;
import zwfw.kiosk.drivers.device.DeviceRegistry;
import zwfw.kiosk.drivers.device.settings.DriverSetting;

/**
 * Every {@code KIOSK_*} variable of the environment must be one the kiosk reads: a mistyped override
 * ({@code KIOSK_DEVICE_IDCRAD_PORT}) was ignored, and the kiosk ran on the file's value that staff believed replaced.
 * Checked where the overrides are read, so validation and the start refuse alike, each variable on one line with the
 * nearest one that is read.
 */
final class UnreadVariables {
    private static final String PREFIX = "KIOSK_";
    /** Read outside the configuration: bin/kiosk, bin/kioskctl, bin/lib, deploy/bin/kiosk-start, the systemd unit, logback.xml. */
    static final Set<String> LAUNCH = Set.of(ConfigLoader.CONFIG_DIR_VARIABLE, "KIOSK_JAVA_OPTS", "KIOSK_CLASSPATH", "KIOSK_CDS",
            "KIOSK_CDS_OPTS", "KIOSK_CDS_DUMP", "KIOSK_BASE", "KIOSK_READY_TIMEOUT", "KIOSK_NOTIFY_SOCKET", "KIOSK_LOG_LEVEL",
            "KIOSK_CONSOLE_LOG_LEVEL");
    /** Longer names are not compared for a suggestion (the distance costs their length times the longest read name). */
    private static final int LONGEST_COMPARED = 200;

    private UnreadVariables() {
    }

    /**
     * Adds a problem for each {@code KIOSK_*} variable of {@code environment} that is neither a key's override, nor a
     * device setting's ({@code fixed}: those read, by device id; {@code devices}: those that could be), nor a launch
     * script's.
     */
    static void check(Map<String, String> environment, Map<String, Set<String>> fixed, List<DeviceConfig> devices,
                      DeviceRegistry drivers, List<ConfigProblem> problems) {
        Set<String> read = new TreeSet<>(LAUNCH);
        for (List<Setting> settings : List.of(KioskSettings.MAIN, KioskSettings.SECRETS)) {
            settings.forEach(s -> read.add(s.environmentVariable()));
        }
        fixed.forEach((id, names) -> names.forEach(n -> read.add(DeviceSection.environmentVariable(id, n))));
        for (DeviceConfig d : devices) {
            drivers.settings(d.kind(), d.driver()).ifPresent(declared -> {
                for (DriverSetting s : declared.settings()) {
                    read.add(DeviceSection.environmentVariable(d.id(), s.name()));
                }
            });
        }
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith(PREFIX) && !read.contains(name)) {
                problems.add(new ConfigProblem("environment variable " + TextRules.cut(name), 0, "",
                        "not read by the kiosk" + nearest(name, read)));
            }
        }
    }

    private static String nearest(String name, Set<String> read) {
        if (name.length() > LONGEST_COMPARED) {
            return "";
        }
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : read) { // sorted: of equally near names, the first
            int d = distance.apply(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }
}
