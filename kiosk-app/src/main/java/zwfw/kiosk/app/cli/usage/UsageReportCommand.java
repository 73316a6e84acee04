package zwfw.kiosk.app.cli.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.wiring.KioskAssembly;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.core.outbox.Outbox;
import zwfw.kiosk.core.outbox.OutboxStatus;
import zwfw.kiosk.core.storage.KioskDatabase;
import zwfw.kiosk.core.usage.UsageAnalytics;
import zwfw.kiosk.core.usage.UsageFigures;
import zwfw.kiosk.core.usage.UsageJournal;
import zwfw.kiosk.core.usage.UsageLog;
import zwfw.kiosk.core.usage.UsageSeeder;
import zwfw.kiosk.core.usage.report.ReportHeading;
import zwfw.kiosk.core.usage.report.UsageCsv;
import zwfw.kiosk.core.usage.report.UsageJson;
import zwfw.kiosk.core.usage.report.UsagePdf;

/**
 * {@code kioskctl usage report --from D --to D --format pdf|csv|json --out FILE}: the usage report
 * an office files, from the same figures as the admin screen ({@link UsageAnalytics}), days in the
 * configured zone. A period without usage gives an empty report; {@code --seeded} reads the store
 * {@code kioskctl usage seed} filled instead of the kiosk's own.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the usage report of a period as PDF, CSV (one row per day and service) or JSON.")
public final class UsageReportCommand implements Callable<Integer> {
    public enum Format { pdf, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, included.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, included.")
    String to;

    @Option(names = "--format", required = true, description = "pdf, csv or json.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Option(names = "--seeded", description = "Report on the synthetic store of `kioskctl usage seed`, not the kiosk's usage.")
    boolean seeded;

    @Override
    public Integer call() {
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        if (last.isBefore(first)) {
            throw new CliFailure(2, "--to " + last + " is before --from " + first);
        }
        if (first.plusDays(UsageAnalytics.MAX_DAYS).isBefore(last)) {
            throw new CliFailure(2, "a report covers at most " + UsageAnalytics.MAX_DAYS + " days");
        }
        KioskConfig c = config.load();
        Path dir = seeded ? c.dataDir().resolve(UsageSeeder.SEED_DIRECTORY) : c.dataDir();
        if (!Files.isRegularFile(dir.resolve("kiosk.db"))) {
            throw new CliFailure(3, seeded ? "no seeded store at " + dir + ": run kioskctl usage seed first"
                    : "no kiosk database at " + dir.resolve("kiosk.db") + ": the kiosk has not run with this configuration yet");
        }
        UsageFigures figures;
        try (KioskDatabase db = KioskDatabase.open(dir, seeded ? UsageLog.migrations() : KioskAssembly.migrations())) {
            UsageFigures.Backlog backlog = seeded ? null : backlog(db, c);
            List<String> devices = c.devices().stream().map(d -> d.id()).toList();
            figures = new UsageAnalytics(new UsageJournal(db), c.clock()).figures(first, last, devices, backlog);
        }
        Map<String, String> names = UsageCommand.names(c.configDir().resolve("catalog.json"));
        ReportHeading heading = new ReportHeading(c.centreName(), c.kioskId(), c.kioskName(),
                OffsetDateTime.now(c.clock()).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        write(heading, figures, names);
        spec.commandLine().getOut().println(format + " report " + first + " .. " + last + " (" + figures.visits() + " visits"
                + (figures.seeded() ? ", seeded data" : "") + ") written to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static LocalDate day(String option, String text) {
        if (text.length() > 10) {
            throw new CliFailure(2, option + ": not a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliFailure(2, option + " " + text + ": not a date YYYY-MM-DD");
        }
    }

    /** The outbox's backlog now; unknown (null) when the storage key does not open it. */
    private static UsageFigures.Backlog backlog(KioskDatabase db, KioskConfig c) {
        try {
            OutboxStatus s = new Outbox(db, c.secrets().storageKey(), c.clock()).status();
            Long age = s.oldestQueuedAt() == null ? null
                    : Math.max(0, java.time.Duration.between(s.oldestQueuedAt(), c.clock().instant()).toSeconds());
            return new UsageFigures.Backlog(s.depth(), age);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Written to a file beside the target and moved over it, so a failed report leaves no half file. */
    private void write(ReportHeading heading, UsageFigures figures, Map<String, String> names) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), ".usage-report", ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                switch (format) {
                    case pdf -> UsagePdf.write(heading, figures, code -> names.getOrDefault(code, ""), o);
                    case csv -> UsageCsv.write(figures, code -> names.getOrDefault(code, ""), o);
                    case json -> UsageJson.write(new UsageJson.Report(heading, names, figures), o);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CliFailure(4, "cannot write " + out + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a temporary file left beside the report
                }
            }
        }
    }
}
