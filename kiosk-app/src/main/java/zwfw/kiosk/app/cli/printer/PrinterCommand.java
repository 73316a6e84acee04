package zwfw.kiosk.app.cli.printer;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl printer}: test and inspect the receipt printer. */
@Command(name = "printer", description = "Test and inspect the receipt printer.",
        mixinStandardHelpOptions = true,
        subcommands = {PrinterTestCommand.class, PrinterStatusCommand.class})
public final class PrinterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
