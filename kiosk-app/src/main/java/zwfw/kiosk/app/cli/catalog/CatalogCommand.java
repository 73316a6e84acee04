package zwfw.kiosk.app.cli.catalog;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.app.cli.platform.KioskBackend;
import zwfw.kiosk.app.cli.platform.PlatformOptions;
import zwfw.kiosk.core.catalog.CatalogSync;
import zwfw.kiosk.core.platform.Backoff;

/**
 * {@code kioskctl catalog sync}: fetch the catalog now (ETag-aware), retrying transient failures within
 * {@code --timeout} as the contract's retry table says; the last good one stays when this fails.
 */
@Command(name = "catalog", description = "The service catalog.", subcommands = CatalogCommand.Sync.class)
public final class CatalogCommand {

    @Command(name = "sync", mixinStandardHelpOptions = true, description = "Fetch the catalog from the platform now.")
    public static final class Sync implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PlatformOptions platform;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Bounded(min = 1, max = 3600, unit = "seconds")
        @Option(names = "--timeout", defaultValue = "60",
                description = "Retry 5xx, timeouts, lost connections and 429 (after its Retry-After) for up to this many seconds"
                        + " (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        record Printed(String outcome, long version, String source, int services, String error) {
        }

        @Override
        public Integer call() {
            try (KioskBackend backend = KioskBackend.open(platform)) {
                CatalogSync.Result r = backend.catalog.syncWithin(Duration.ofSeconds(timeoutSeconds), Backoff.standard());
                int services = backend.catalog.current().services().size();
                Printed p = new Printed(r.outcome().name(), r.version(), r.source().name(), services,
                        r.error() == null ? null : r.error().summary());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    JsonOutput.print(out, p);
                } else {
                    out.println(p.outcome() + ": catalog version " + p.version() + " (" + p.services() + " services, from "
                            + p.source() + ")" + (p.error() == null ? "" : ", platform: " + p.error()));
                    out.flush();
                }
                if (r.outcome() == CatalogSync.Outcome.FAILED) {
                    throw new CliFailure(3, "catalog not synced: " + r.error().kind().plainEnglish() + " (" + r.error().summary() + ")");
                }
                return 0;
            }
        }
    }
}
