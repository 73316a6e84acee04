package zwfw.kiosk.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.wiring.KioskDrivers;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.InvalidConfigException;
import zwfw.kiosk.core.config.KioskConfig;

/**
 * The {@code --config DIR} option every configured command shares, with the kiosk's usual
 * precedence: the option, else {@code KIOSK_CONFIG}, else {@code ./config}. An invalid
 * configuration fails the command with exit 2 and the first problem in one line.
 */
public class ConfigOptions {
    @Option(names = "--config", paramLabel = "DIR",
            description = "Configuration directory (default: $KIOSK_CONFIG or ./config).")
    public String configDir;

    /** Overrides applied like environment variables (KIOSK_…), e.g. from command-line options. */
    protected Map<String, String> overrides() {
        return Map.of();
    }

    public Path directory() {
        return KioskDrivers.configLoader().configDir(configDir);
    }

    public KioskConfig load() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides());
        ConfigLoader loader = KioskDrivers.configLoader(env);
        try {
            KioskConfig config = loader.load(loader.configDir(configDir));
            FileOwnership.watch(config.dataDir());
            return config;
        } catch (InvalidConfigException e) {
            int more = e.problems().size() - 1;
            throw new CliFailure(2, "invalid configuration: " + e.problems().get(0)
                    + (more > 0 ? " (and " + more + " more; run: kioskctl config validate)" : ""));
        }
    }
}
