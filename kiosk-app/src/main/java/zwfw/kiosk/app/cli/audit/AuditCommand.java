package zwfw.kiosk.app.cli.audit;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.time.ShownTime;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.audit.AuditEntry;
import zwfw.kiosk.core.audit.AuditLog;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.storage.KioskDatabase;

/** {@code kioskctl audit [--since YYYY-MM-DD] [--json]}: what staff did, oldest first, times in the kiosk's zone. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Print the audit log of staff actions (entries, failed PINs, setting changes, tests, locks), kept "
                + "400 days. Times are in kiosk.timeZone.")
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only entries from this day on (in kiosk.timeZone); default: all kept.")
    String since;

    @Option(names = "--json", description = "Print JSON: [{at, channel, actor, action, detail}].")
    boolean json;

    record Printed(String at, String channel, String actor, String action, String detail) {
    }

    @Override
    public Integer call() {
        KioskConfig c = config.load();
        Instant from = Instant.EPOCH;
        if (since != null) {
            if (since.length() != 10) {
                throw new CliFailure(2, "--since: a date YYYY-MM-DD, e.g. 2026-11-01");
            }
            try {
                from = LocalDate.parse(since).atStartOfDay(c.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new CliFailure(2, "--since: '" + since + "' is not a date YYYY-MM-DD");
            }
        }
        List<AuditEntry> entries;
        try (KioskDatabase db = KioskDatabase.open(c.dataDir(), KioskAssembly.migrations())) {
            entries = new AuditLog(db, c.clock()).since(from);
        }
        List<Printed> printed = entries.stream().map(e -> new Printed(ShownTime.json(e.at(), c.zone()),
                e.channel(), e.actor(), e.action().name(), e.detail())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, printed);
            return 0;
        }
        if (printed.isEmpty()) {
            out.println("no audit entries" + (since == null ? "" : " since " + since));
        }
        for (Printed p : printed) {
            out.println(ShownTime.human(p.at(), c.zone()) + "  " + p.channel() + "  " + p.actor() + "  " + p.action() + (p.detail().isEmpty() ? "" : "  " + p.detail()));
        }
        out.flush();
        return 0;
    }
}
