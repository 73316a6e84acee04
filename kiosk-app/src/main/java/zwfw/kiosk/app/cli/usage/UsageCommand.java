package zwfw.kiosk.app.cli.usage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.core.platform.AnswerLimits;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageEvent;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageReport;

/**
 * {@code kioskctl usage [--days N] [--json]}: for the administrator, how the kiosk was used in the
 * last N days (today included): sessions, and per service how often it was chosen, how many cases
 * were submitted and how many were abandoned (idle timeout / 返回首页). Only counts; reads the
 * kiosk's database, also while the kiosk runs.
 */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = "Sessions and, per service, chosen / submitted / abandoned over the last days.",
        subcommands = {UsageReportCommand.class, UsageSeedCommand.class})
public final class UsageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Bounded(min = 1, max = 3660, unit = "days")
    @Option(names = "--days", defaultValue = "30", description = "Days to count, today included (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** JSON shape: one object; services sorted by times chosen, most first. */
    record Printed(String from, String to, int days, int sessions, int chosen, int submitted, int abandoned,
                   List<Service> services) {
    }

    record Service(String code, String name, int chosen, int submitted, int abandonedTimeout, int abandonedEnded) {
    }

    @Override
    public Integer call() {
        KioskConfig c = config.load();
        Path file = c.dataDir().resolve("kiosk.db");
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(3, "no kiosk database at " + file + ": the kiosk has not run with this configuration yet");
        }
        UsageReport r;
        try (KioskDatabase db = KioskDatabase.open(c.dataDir(), KioskAssembly.migrations())) {
            r = new UsageLog(db, c.clock()).report(days); // days in the configured zone
        }
        Map<String, String> names = names(c.configDir().resolve("catalog.json"));
        List<Service> services = new ArrayList<>();
        r.byService().keySet().stream().filter(code -> !code.equals(UsageLog.NO_SERVICE)).forEach(code -> services.add(
                new Service(code, names.get(code), r.count(code, UsageEvent.SERVICE_CHOSEN), r.count(code, UsageEvent.CASE_SUBMITTED),
                        r.count(code, UsageEvent.ABANDONED_TIMEOUT), r.count(code, UsageEvent.ABANDONED_ENDED))));
        services.sort(Comparator.comparingInt(Service::chosen).reversed().thenComparing(Service::code));
        Printed p = new Printed(r.from().toString(), r.to().toString(), days, r.total(UsageEvent.SESSION_STARTED),
                r.total(UsageEvent.SERVICE_CHOSEN), r.total(UsageEvent.CASE_SUBMITTED), r.abandoned(), services);
        print(spec.commandLine().getOut(), p);
        return 0;
    }

    private void print(PrintWriter out, Printed p) {
        if (json) {
            JsonOutput.print(out, p);
            return;
        }
        out.println("usage " + p.from() + " .. " + p.to() + " (" + p.days() + (p.days() == 1 ? " day)" : " days)"));
        out.println("sessions " + p.sessions() + ", services chosen " + p.chosen() + ", cases submitted " + p.submitted()
                + ", abandoned " + p.abandoned());
        if (p.services().isEmpty()) {
            out.println("no service was chosen in these days");
        } else {
            out.println(String.format("%-12s %7s %10s %16s  %s", "service", "chosen", "submitted", "abandoned t/e", "name"));
            for (Service s : p.services()) {
                out.println(String.format("%-12s %7d %10d %16s  %s", s.code(), s.chosen(), s.submitted(),
                        s.abandonedTimeout() + "/" + s.abandonedEnded(), s.name() == null ? "" : s.name()));
            }
        }
        out.flush();
    }

    /** Service names from the configuration's catalog; codes alone when it cannot be read. */
    static Map<String, String> names(Path catalogFile) {
        Map<String, String> names = new HashMap<>();
        try {
            if (InputFiles.problem(catalogFile, AnswerLimits.CATALOG_BYTES).isPresent()) {
                return names;
            }
            for (ServiceItem s : Catalog.parse(InputFiles.read(catalogFile, AnswerLimits.CATALOG_BYTES, 1)).services()) {
                names.put(s.code(), s.name().zh());
            }
        } catch (IOException | RuntimeException e) {
            // names are a convenience; the counts are what the command is for
        }
        return names;
    }
}
