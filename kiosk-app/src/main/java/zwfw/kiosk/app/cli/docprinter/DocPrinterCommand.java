package zwfw.kiosk.app.cli.docprinter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl docprinter}: test and inspect the A4 document printer. */
@Command(name = "docprinter", description = "Test and inspect the A4 document printer (IPP: a CUPS queue or an IPP Everywhere printer).",
        mixinStandardHelpOptions = true,
        subcommands = {DocPrinterStatusCommand.class, DocPrinterTestCommand.class, DocPrinterPrintCommand.class})
public final class DocPrinterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
