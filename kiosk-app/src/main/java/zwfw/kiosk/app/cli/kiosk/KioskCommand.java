package zwfw.kiosk.app.cli.kiosk;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.core.form.TextLimits;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.core.availability.LockHolder;
import zwfw.kiosk.core.availability.ServiceLock;
import zwfw.kiosk.core.availability.ServiceLocks;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.config.KioskConfig;

/**
 * {@code kioskctl kiosk lock|unlock|status}: take the kiosk out of service for maintenance and back.
 * The lock is a record in the data directory; the running kiosk sees it within a second and keeps it
 * across restarts. A staff unlock never lifts the platform's LOCK.
 */
@Command(name = "kiosk", description = "Take the kiosk out of service for maintenance, and back.",
        mixinStandardHelpOptions = true, subcommands = {KioskCommand.Lock.class, KioskCommand.Unlock.class, KioskCommand.Status.class})
public final class KioskCommand {
    static final String BY = "kioskctl";

    /** JSON shape of one lock; {@code at} is ISO-8601 with the configured zone's offset. */
    record Printed(String holder, String reason, String by, String at) {
        static Printed of(ServiceLock l, ZoneId zone) {
            return new Printed(l.holder().name(), l.reason(), l.by(), ShownTime.json(l.at(), zone));
        }
    }

    /**
     * JSON shape of {@code status}: locked when any lock holds; {@code screen} is what the kiosk last
     * reported (null if it never ran here): in service or not, every reason, when, and whether that
     * kiosk process still runs.
     */
    record PrintedStatus(boolean locked, List<Printed> locks, PrintedScreen screen) {
    }

    record PrintedScreen(boolean inService, List<String> reasons, String reportedAt, boolean running) {
    }

    static ServiceLocks locks(ConfigOptions options) {
        KioskConfig config = options.load();
        return new ServiceLocks(config.dataDir(), config.clock());
    }

    static PrintedStatus status(ServiceLocks locks, Clock clock) {
        Map<LockHolder, ServiceLock> now = locks.current();
        PrintedScreen screen = new ServiceReport(locks.directory().getParent(), clock).read()
                .map(r -> new PrintedScreen(r.inService(), r.reasons().stream().map(Enum::name).toList(),
                        ShownTime.json(r.at(), clock.getZone()), r.running()))
                .orElse(null);
        return new PrintedStatus(!now.isEmpty(), now.values().stream().map(l -> Printed.of(l, clock.getZone())).toList(), screen);
    }

    static void printStatus(PrintWriter out, PrintedStatus s, boolean json, ZoneId zone) {
        if (json) {
            JsonOutput.print(out, s);
            return;
        }
        if (!s.locked()) {
            out.println("not locked");
        }
        for (Printed l : s.locks()) {
            out.println("locked by " + l.holder().toLowerCase(java.util.Locale.ROOT) + " since " + ShownTime.human(l.at(), zone) + " (" + l.by() + "): " + l.reason());
        }
        PrintedScreen screen = s.screen();
        if (screen == null) {
            out.println("screen: no kiosk has run with this data directory yet");
        } else {
            out.println("screen: " + (screen.inService() ? "in service" : "out of service " + screen.reasons())
                    + " as of " + ShownTime.human(screen.reportedAt(), zone) + (screen.running() ? "" : " (that kiosk is no longer running)"));
        }
        out.flush();
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = "Take the kiosk out of service until 'kioskctl kiosk unlock' (survives restarts).")
    static final class Lock implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--reason", required = true, description = "Why, in a few words (no names or ID numbers), e.g. \"更换打印纸\".")
        String reason;

        @Option(names = "--json", description = "Print the lock as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (reason == null || reason.isBlank()) {
                throw new CliFailure(2, "--reason must say why the kiosk is locked");
            }
            if (!TextLimits.within(reason, TextLimits.TEXT_MAX_CHARS) || TextLimits.hasControl(reason)) {
                throw new CliFailure(2, "--reason: at most " + TextLimits.TEXT_MAX_CHARS + " characters on one line");
            }
            ServiceLocks locks = locks(config);
            ServiceLock lock;
            try {
                lock = locks.lock(LockHolder.STAFF, reason, BY);
                zwfw.kiosk.app.cli.audit.CliAudit.recordAfter(config.load(), "locked", zwfw.kiosk.core.audit.AuditAction.LOCK, reason);
            } catch (UncheckedIOException e) {
                throw new CliFailure(3, "not locked: " + e.getMessage()); // the kiosk reads the disk: it stays as it was
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, Printed.of(lock, config.load().zone()));
            } else {
                out.println("locked: the kiosk goes out of service within seconds (" + lock.reason() + ")");
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift the staff lock. The platform's LOCK stays unless --platform is given.")
    static final class Unlock implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--platform", description = "Also clear the kiosk's record of the platform's LOCK (only when the platform cannot send UNLOCK).")
        boolean platform;

        @Option(names = "--json", description = "Print the remaining locks as JSON.")
        boolean json;

        @Override
        public Integer call() {
            ServiceLocks locks = locks(config);
            Optional<ServiceLock> lifted;
            try {
                lifted = locks.unlock(LockHolder.STAFF, BY);
                zwfw.kiosk.app.cli.audit.CliAudit.recordAfter(config.load(), "unlocked", zwfw.kiosk.core.audit.AuditAction.UNLOCK,
                        (lifted.isPresent() ? "staff lock lifted" : "there was no staff lock") + (platform ? "; platform lock cleared" : ""));
            } catch (UncheckedIOException e) {
                throw new CliFailure(3, "not unlocked: " + e.getMessage());
            }
            if (platform) {
                try {
                    locks.unlock(LockHolder.PLATFORM, BY);
                } catch (UncheckedIOException e) {
                    throw new CliFailure(3, "the platform's lock not lifted: " + e.getMessage());
                }
            }
            Clock clock = config.load().clock();
            PrintedStatus left = status(locks, clock);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, left);
                return 0;
            }
            out.println(lifted.isPresent() ? "unlocked" : "there was no staff lock");
            left.locks().stream().filter(l -> l.holder().equals(LockHolder.PLATFORM.name())).findFirst().ifPresent(l ->
                    out.println("still locked by the platform since " + ShownTime.human(l.at(), clock.getZone()) + ": " + l.reason()
                            + " (the platform's UNLOCK lifts it; or: kioskctl kiosk unlock --platform)"));
            out.flush();
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Whether the kiosk is locked, by whom and why.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--json", description = "Print JSON: locked, locks [{holder, reason, by, at}], screen {inService, reasons, reportedAt, running}.")
        boolean json;

        @Override
        public Integer call() {
            Clock clock = config.load().clock();
            printStatus(spec.commandLine().getOut(), status(locks(config), clock), json, clock.getZone());
            return 0;
        }
    }
}
