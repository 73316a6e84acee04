package zwfw.kiosk.app.cli.usage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.core.catalog.Catalog;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.platform.AnswerLimits;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageJournal;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageSeeder;

/**
 * {@code kioskctl usage seed --days N --sessions-per-day M}: synthetic usage for demos, tests and
 * benchmarks, in a store of its own ({@code DATA_DIR/usage-seed/kiosk.db}), never in the kiosk's:
 * the services of the configured catalog, the configured devices. Seeding again adds to a seeded store.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Fill a separate store (DATA_DIR/usage-seed) with realistic synthetic usage; read it with --seeded.")
public final class UsageSeedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Bounded(min = 1, max = UsageSeeder.MAX_DAYS, unit = "days")
    @Option(names = "--days", required = true, description = "Days up to today to fill.")
    int days;

    @Bounded(min = 0, max = UsageSeeder.MAX_PER_DAY)
    @Option(names = "--sessions-per-day", required = true, description = "Visits on an average day (weekdays more, weekends fewer).")
    int perDay;

    @Bounded(min = 0, max = Integer.MAX_VALUE)
    @Option(names = "--random-seed", defaultValue = "1", description = "The same seed gives the same usage (default: ${DEFAULT-VALUE}).")
    int randomSeed;

    @Override
    public Integer call() {
        KioskConfig c = config.load();
        List<UsageSeeder.Service> services = services(c.configDir().resolve("catalog.json"));
        List<String> devices = c.devices().stream().map(d -> d.id()).toList();
        Path dir = c.dataDir().resolve(UsageSeeder.SEED_DIRECTORY);
        int visits;
        try (KioskDatabase db = KioskDatabase.open(dir, UsageLog.migrations())) {
            visits = new UsageSeeder(new UsageJournal(db), c.clock(), randomSeed).seed(days, perDay, services, devices);
        } catch (IllegalStateException e) {
            throw new CliFailure(3, e.getMessage());
        }
        spec.commandLine().getOut().println(visits + " synthetic visits over " + days + " days in " + dir.resolve("kiosk.db")
                + " (read with: kioskctl usage report --seeded …)");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The catalog's services, the first ones more popular, as at a real kiosk. */
    private static List<UsageSeeder.Service> services(Path catalogFile) {
        List<UsageSeeder.Service> out = new ArrayList<>();
        try {
            InputFiles.check(catalogFile, AnswerLimits.CATALOG_BYTES, 3);
            List<ServiceItem> items = Catalog.parse(InputFiles.read(catalogFile, AnswerLimits.CATALOG_BYTES, 3)).services();
            for (int i = 0; i < items.size(); i++) {
                out.add(new UsageSeeder.Service(items.get(i).code(), items.get(i).department(), 1.0 / (1 + i * 0.35)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliFailure f) {
                throw f;
            }
            throw new CliFailure(3, "cannot read the services of " + catalogFile + ": " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new CliFailure(3, "no service in " + catalogFile);
        }
        return out;
    }
}
