package zwfw.kiosk.app.cli.scanner;

import picocli.CommandLine.Command;

/** {@code kioskctl scanner …}: QR/barcode scanners. */
@Command(name = "scanner", description = "QR/barcode scanners.", mixinStandardHelpOptions = true,
        subcommands = {ScannerListenCommand.class})
public final class ScannerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
