package zwfw.kiosk.app.cli.pin;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.core.access.PinHash;

/** {@code kioskctl pin hash}: make the value of {@code security.maintenancePinHash} / {@code adminPinHash}. */
@Command(name = "pin", description = "Staff PINs.", mixinStandardHelpOptions = true, subcommands = PinCommand.Hash.class)
public final class PinCommand {

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = "Read a PIN (4 to 12 digits) from the terminal or standard input and print its hash for kiosk.yaml.")
    static final class Hash implements Callable<Integer> {
        @Option(names = "--stdin", description = "Read the PIN from standard input (for scripts; its first line, at most 64 characters).")
        boolean stdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            char[] pin = PinInput.readDigits(stdin);
            try {
                spec.commandLine().getOut().println(PinHash.hash(pin));
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
