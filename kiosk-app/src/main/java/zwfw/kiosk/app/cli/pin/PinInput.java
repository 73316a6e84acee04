package zwfw.kiosk.app.cli.pin;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import zwfw.kiosk.app.cli.CliFailure;

/** A staff PIN read from the terminal (twice, not echoed) or the first line of standard input, bounded. */
public final class PinInput {
    /** The longest first line read from standard input: a PIN with room for spaces and a carriage return. */
    public static final int MAX_LINE = 64;

    private PinInput() {
    }

    /** The raw PIN as typed; the caller wipes it. */
    public static char[] read(boolean stdin) throws IOException {
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

    /** A PIN of 4 to 12 digits, trimmed; the raw input is wiped either way. */
    public static char[] readDigits(boolean stdin) throws IOException {
        char[] raw = read(stdin);
        try {
            String text = new String(raw).trim();
            if (!text.matches("\\d{4,12}")) {
                throw new CliFailure(2, "a PIN is 4 to 12 digits");
            }
            return text.toCharArray();
        } finally {
            Arrays.fill(raw, '\0');
        }
    }

    /** The first line, read at most {@value #MAX_LINE} characters far: /dev/zero or a huge file on stdin is refused, not read on. */
    public static char[] firstLine(Reader in) throws IOException {
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
