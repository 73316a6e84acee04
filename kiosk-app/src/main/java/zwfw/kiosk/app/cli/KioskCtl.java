package zwfw.kiosk.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kioskctl}: the staff's command line. Every command prints JSON with {@code --json},
 * exits 0 on success and non-zero with a one-line reason on failure (see {@link CliFailure}).
 * A capability adds its command class to the {@code subcommands} list below, one per line.
 */
@Command(name = "kioskctl",
        mixinStandardHelpOptions = true,
        versionProvider = KioskCtl.Version.class,
        description = "Configure, test and inspect a self-service kiosk without a developer.",
        subcommands = {
                CommandLine.HelpCommand.class,
                zwfw.kiosk.app.cli.config.ConfigCommand.class,
                zwfw.kiosk.app.cli.pin.PinCommand.class,
                zwfw.kiosk.app.cli.idcard.IdCardCommand.class,
                zwfw.kiosk.app.cli.printer.PrinterCommand.class,
                zwfw.kiosk.app.cli.scanner.ScannerCommand.class,
                zwfw.kiosk.app.cli.qr.QrCommand.class,
                zwfw.kiosk.app.cli.smartcard.SmartcardCommand.class,
                zwfw.kiosk.app.cli.camera.CameraCommand.class,
                zwfw.kiosk.app.cli.docprinter.DocPrinterCommand.class,
                zwfw.kiosk.app.cli.cases.CaseCommand.class,
                zwfw.kiosk.app.cli.outbox.OutboxCommand.class,
                zwfw.kiosk.app.cli.catalog.CatalogCommand.class,
                zwfw.kiosk.app.cli.kiosk.KioskCommand.class,
                zwfw.kiosk.app.cli.usage.UsageCommand.class,
                zwfw.kiosk.app.cli.staff.StaffCommand.class,
                zwfw.kiosk.app.cli.audit.AuditCommand.class,
                zwfw.kiosk.app.cli.devices.DevicesCommand.class,
                zwfw.kiosk.app.cli.provision.ProvisionCommand.class,
                zwfw.kiosk.app.cli.diag.DiagCommand.class,
        })
public final class KioskCtl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, also print the stack trace (and log lines with theirs) on standard error.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * kioskctl as it runs: every numeric option checked against its {@link Bounded} range before the
     * command starts, usage errors and failures as one line each, stack traces only with --verbose.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KioskCtl());
        cli.setExecutionExceptionHandler(new OneLineFailures());
        cli.setParameterExceptionHandler(new OneLineUsageErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            OptionBounds.check(parsed);
            ConsoleLog.stackTraces(verbose(parsed));
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                FileOwnership.restore(); // run as root: nothing root-owned left in the data directory
            }
        });
        return cli;
    }

    /** Whether --verbose was given anywhere on the command line. */
    static boolean verbose(CommandLine.ParseResult parsed) {
        return parsed != null && parsed.asCommandLineList().stream()
                .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose"));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KioskCtl.class.getPackage().getImplementationVersion();
            return new String[] {"kioskctl " + (v == null ? "development build" : v)};
        }
    }
}
