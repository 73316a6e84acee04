package zwfw.kiosk.app.cli.qr;

import picocli.CommandLine.Command;

/** {@code kioskctl qr …}: QR codes and barcodes in images. */
@Command(name = "qr", description = "QR codes and barcodes in images.", mixinStandardHelpOptions = true,
        subcommands = {QrDecodeCommand.class})
public final class QrCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
