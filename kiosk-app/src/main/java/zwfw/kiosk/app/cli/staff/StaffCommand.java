package zwfw.kiosk.app.cli.staff;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.app.cli.audit.CliAudit;
import zwfw.kiosk.app.cli.pin.PinInput;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.access.DemoPins;
import zwfw.kiosk.core.access.PinHash;
import zwfw.kiosk.core.access.StaffAccounts;
import zwfw.kiosk.core.access.StaffRole;
import zwfw.kiosk.core.audit.AuditAction;
import zwfw.kiosk.core.storage.KioskDatabase;

/**
 * {@code kioskctl staff add|remove|reset-pin|list}: the technicians and administrators who may enter
 * at the kiosk, kept in the kiosk's database in the data directory (the installed configuration
 * may be read-only). Each change goes to the audit log with the operating-system user.
 */
@Command(name = "staff", description = "Staff accounts: display name, role (maintenance or admin) and PIN.",
        mixinStandardHelpOptions = true,
        subcommands = {StaffCommand.Add.class, StaffCommand.Remove.class, StaffCommand.ResetPin.class, StaffCommand.ListAccounts.class})
public final class StaffCommand {

    record Printed(String displayName, String role, String createdAt) {
    }

    static KioskDatabase open(ConfigOptions config) {
        return KioskDatabase.open(config.load().dataDir(), KioskAssembly.migrations());
    }

    static String name(String raw) {
        String problem = StaffAccounts.nameProblem(raw);
        if (problem != null) {
            throw new CliFailure(2, problem);
        }
        return raw.strip();
    }

    /** The hash of a PIN read from the terminal or stdin; a demo PIN is refused unless the platform is embedded (the demo). */
    static String hashFromInput(boolean stdin, ConfigOptions config) throws java.io.IOException {
        char[] pin = PinInput.readDigits(stdin);
        try {
            if (DemoPins.isDemoPin(pin) && !config.load().platformEmbedded()) {
                throw new CliFailure(2, "that is a demo PIN: a kiosk on a real platform does not start with it; choose another");
            }
            return PinHash.hash(pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** A change to one member's account; false when there was no such member. */
    interface MemberChange {
        boolean apply(StaffAccounts accounts) throws java.io.IOException;
    }

    /**
     * Applies {@code change} to the member named {@code who} and audits it as {@code action}: a name that is no member
     * of staff fails (exit 3) before anything is asked or changed, as remove and reset-pin both need.
     */
    static void changeMember(ConfigOptions config, String who, AuditAction action, MemberChange change) throws java.io.IOException {
        Clock clock = config.load().clock();
        try (KioskDatabase db = open(config)) {
            StaffAccounts accounts = new StaffAccounts(db, clock);
            if (accounts.find(who).isEmpty() || !change.apply(accounts)) {
                throw new CliFailure(3, "no member of staff named '" + who + "' (see: kioskctl staff list)");
            }
            CliAudit.record(db, clock, action, who);
        }
    }

    static void done(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a member of staff; the PIN (4 to 12 digits) is read from the terminal or, with --stdin, standard input.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "Display name shown at the kiosk and in the audit log (at most 40 characters).")
        String displayName;

        @Option(names = "--role", required = true, description = "maintenance (technicians) or admin (administrators).")
        StaffRole role;

        @Option(names = "--stdin", description = "Read the PIN from standard input's first line (at most 64 characters).")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            String who = name(displayName);
            String hash = hashFromInput(stdin, config);
            Clock clock = config.load().clock();
            try (KioskDatabase db = open(config)) {
                if (!new StaffAccounts(db, clock).add(who, role, hash)) {
                    throw new CliFailure(3, "there is already a member of staff named '" + who + "'");
                }
                CliAudit.record(db, clock, AuditAction.STAFF_ADDED, who + " (" + role.label() + ")");
            } catch (IllegalArgumentException e) {
                throw new CliFailure(2, e.getMessage());
            }
            done(spec, "added " + who + " (" + role.label() + ")");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a member of staff.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "Display name.")
        String displayName;

        @Override
        public Integer call() throws Exception {
            String who = name(displayName);
            changeMember(config, who, AuditAction.STAFF_REMOVED, accounts -> accounts.remove(who));
            done(spec, "removed " + who);
            return 0;
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true,
            description = "Give a member of staff a new PIN, read from the terminal or, with --stdin, standard input.")
    static final class ResetPin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "Display name.")
        String displayName;

        @Option(names = "--stdin", description = "Read the PIN from standard input's first line (at most 64 characters).")
        boolean stdin;

        @Override
        public Integer call() throws Exception {
            String who = name(displayName);
            changeMember(config, who, AuditAction.STAFF_PIN_RESET, accounts -> accounts.resetPin(who, hashFromInput(stdin, config)));
            done(spec, "new PIN set for " + who);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List staff accounts (never their PINs or hashes).")
    static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--json", description = "Print JSON: [{displayName, role, createdAt}].")
        boolean json;

        @Override
        public Integer call() {
            List<Printed> all;
            Clock clock = config.load().clock();
            try (KioskDatabase db = open(config)) { // created_at is stored in UTC: shown in the configured zone
                all = new StaffAccounts(db, clock).all().stream().map(a -> new Printed(a.member().displayName(),
                        a.member().role().label(), ShownTime.json(a.createdAt(), clock.getZone()))).toList();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, all);
                return 0;
            }
            if (all.isEmpty()) {
                out.println("no staff accounts (kiosk.yaml's security.maintenancePinHash and adminPinHash still open the kiosk)");
            }
            all.forEach(p -> out.println(p.role() + "\t" + p.displayName() + "\tsince " + ShownTime.human(p.createdAt(), clock.getZone())));
            out.flush();
            return 0;
        }
    }
}
