package zwfw.kiosk.app.cli.pin;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.core.access.PinHash;

/** {@code kioskctl pin hash}: make the value of {@code security.maintenancePinHash} / {@code adminPinHash}. */
@Command(name = "pin", description = "Staff PINs.", mixinStandardHelpOptions = true, subcommands = PinCommand.Hash.class)
public final class PinCommand {

    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = "Read a PIN (4 to 12 digits) from the terminal or standard input and print its hash for kiosk.yaml.")
    static final class Hash implements Callable<Integer> {
        static final int MAX_LINE = PinInput.MAX_LINE;

        @Option(names = "--stdin", description = "Read the PIN from standard input (for scripts; its first line, at most 64 characters).")
        boolean stdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            char[] pin = read();
            try {
                String text = new String(pin).trim();
                if (!text.matches("\\d{4,12}")) {
                    throw new CliFailure(2, "a PIN is 4 to 12 digits");
                }
                spec.commandLine().getOut().println(PinHash.hash(text.toCharArray()));
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(pin, '\0');
            }
        }

        private char[] read() throws java.io.IOException {
            return PinInput.read(stdin);
        }

        static char[] firstLine(java.io.Reader in) throws java.io.IOException {
            return PinInput.firstLine(in);
        }
    }
}
