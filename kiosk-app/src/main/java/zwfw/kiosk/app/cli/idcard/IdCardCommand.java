package zwfw.kiosk.app.cli.idcard;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl idcard …}: test the resident ID card reader. */
@Command(name = "idcard",
        description = "Test the resident ID card reader.",
        mixinStandardHelpOptions = true,
        subcommands = {
                IdCardReadCommand.class,
        })
public final class IdCardCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
