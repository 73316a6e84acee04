package zwfw.kiosk.app;

import java.io.PrintStream;
import java.nio.file.Path;
import zwfw.kiosk.core.config.ConfigLoader;
import zwfw.kiosk.core.config.ConfigProblem;
import zwfw.kiosk.core.config.InvalidConfigException;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.privacy.logging.KioskLogging;

/**
 * The kiosk's main class. Not an {@code Application} itself, so JavaFX starts from the plain
 * class path. Loads the configuration ({@code --config DIR}, else {@code KIOSK_CONFIG}, else
 * {@code ./config}); a broken one is reported line by line on stderr with exit status 2.
 */
public final class KioskLauncher {
    /** Exit status for a configuration that cannot be used. */
    public static final int BAD_CONFIG = 2;

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        KioskConfig config;
        try {
            config = loadConfig(args, System.err);
        } catch (BadArguments e) {
            System.err.println(e.getMessage());
            System.exit(BAD_CONFIG);
            return;
        }
        if (config == null) {
            System.exit(BAD_CONFIG);
            return;
        }
        KioskLogging.startFileLogging(config.dataDir(), config.zone());
        KioskApplication.launchWith(config);
        // The window closed: end now, whatever threads a library left running; after a restart asked for while idle
        // with the status that tells bin/kiosk (and the systemd unit) to start it again.
        System.exit(zwfw.kiosk.app.systemd.KioskSupervision.restarting() ? zwfw.kiosk.app.systemd.KioskSupervision.RESTART_EXIT : 0);
    }

    /**
     * The configuration named by {@code args}, or null after printing its problems to {@code err}: those of
     * {@code kioskctl config validate}, the demo PINs on a real platform among them. The one place the kiosk's start
     * refuses them, before the window opens and before anything is written.
     */
    public static KioskConfig loadConfig(String[] args, PrintStream err) throws BadArguments {
        String option = null;
        for (int i = 0; i < args.length; i++) {
            if ("--config".equals(args[i])) {
                if (i + 1 >= args.length) {
                    throw new BadArguments("--config needs a directory");
                }
                option = args[++i];
            } else if (args[i].startsWith("--config=")) {
                option = args[i].substring("--config=".length());
            } else {
                throw new BadArguments("unknown argument " + args[i] + " (usage: kiosk [--config DIR])");
            }
        }
        ConfigLoader loader = zwfw.kiosk.app.wiring.KioskDrivers.configLoader();
        Path dir = loader.configDir(option);
        KioskConfig config;
        try {
            config = loader.load(dir);
        } catch (InvalidConfigException e) {
            for (ConfigProblem p : e.problems()) {
                err.println(p);
            }
            return null;
        }
        java.util.Optional<String> demoPin = zwfw.kiosk.app.wiring.StaffStartup.demoPinRefusal(config);
        if (demoPin.isPresent()) {
            err.println("the kiosk does not start: " + demoPin.get());
            return null;
        }
        return config;
    }

    /** The command line itself is wrong. */
    public static final class BadArguments extends Exception {
        BadArguments(String message) {
            super(message);
        }
    }
}
