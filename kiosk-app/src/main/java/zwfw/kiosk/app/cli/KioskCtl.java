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
                zwfw.kiosk.app.cli.cases.CaseCommand.class,
                zwfw.kiosk.app.cli.outbox.OutboxCommand.class,
                zwfw.kiosk.app.cli.catalog.CatalogCommand.class,
                zwfw.kiosk.app.cli.kiosk.KioskCommand.class,
                zwfw.kiosk.app.cli.usage.UsageCommand.class,
                zwfw.kiosk.app.cli.provision.ProvisionCommand.class,
        })
public final class KioskCtl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCtl());
        cli.setExecutionExceptionHandler(new OneLineFailures());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return cli.execute(args);
        } finally {
            FileOwnership.restore();
        }
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
