package zwfw.kiosk.app.cli.pin;

import java.io.Console;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        @Option(names = "--stdin", description = "Read the PIN from standard input (for scripts).")
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
            Console console = System.console();
            if (!stdin && console != null) {
                char[] pin = console.readPassword("PIN: ");
                char[] again = console.readPassword("PIN again: ");
                if (pin == null || !Arrays.equals(pin, again)) {
                    throw new CliFailure(2, "the two PINs differ");
                }
                return pin;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CliFailure(2, "no PIN on standard input");
            }
            return line.toCharArray();
        }
    }
}
