package zwfw.kiosk.app.cli.pin;

import java.io.Console;
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
        /** The longest first line read from standard input: a PIN with room for spaces and a carriage return. */
        static final int MAX_LINE = 64;

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
            Console console = System.console();
            if (!stdin && console != null) {
                char[] pin = console.readPassword("PIN: ");
                char[] again = console.readPassword("PIN again: ");
                if (pin == null || !Arrays.equals(pin, again)) {
                    throw new CliFailure(2, "the two PINs differ");
                }
                return pin;
            }
            return firstLine(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }

        /** The first line, read at most {@value #MAX_LINE} characters far: /dev/zero or a huge file on stdin is refused, not read on. */
        static char[] firstLine(java.io.Reader in) throws java.io.IOException {
            char[] buf = new char[MAX_LINE + 1];
            int n = 0;
            int c = 0;
            while (n < buf.length && (c = in.read()) != -1 && c != '\n') {
                buf[n++] = (char) c;
            }
            if (n == 0 && c == -1) {
                throw new CliFailure(2, "no PIN on standard input");
            }
            if (n > MAX_LINE) {
                Arrays.fill(buf, '\0');
                throw new CliFailure(2, "a PIN is 4 to 12 digits (standard input's first line is over " + MAX_LINE + " characters)");
            }
            char[] line = Arrays.copyOf(buf, n);
            Arrays.fill(buf, '\0');
            return line;
        }
    }
}
