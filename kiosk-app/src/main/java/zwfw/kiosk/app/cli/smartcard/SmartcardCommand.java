package zwfw.kiosk.app.cli.smartcard;

import picocli.CommandLine.Command;

/** {@code kioskctl smartcard …}: PC/SC smart-card readers and cards. */
@Command(name = "smartcard", description = "PC/SC smart-card readers (social security cards).", mixinStandardHelpOptions = true,
        subcommands = {SmartcardListCommand.class, SmartcardReadCommand.class})
public final class SmartcardCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
