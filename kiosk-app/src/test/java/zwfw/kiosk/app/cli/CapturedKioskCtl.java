package zwfw.kiosk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code kioskctl} as {@link KioskCtl#run} does, with standard output and error captured (thread-safe for polling). */
public final class CapturedKioskCtl {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public int run(String... args) {
        CommandLine cli = new CommandLine(new KioskCtl());
        cli.setExecutionExceptionHandler(new OneLineFailures());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try {
            return cli.execute(args);
        } finally {
            FileOwnership.restore(); // as KioskCtl.run
        }
    }

    public String out() {
        synchronized (out.getBuffer()) {
            return out.toString();
        }
    }

    public String err() {
        synchronized (err.getBuffer()) {
            return err.toString();
        }
    }
}
