package zwfw.kiosk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code kioskctl} as {@link KioskCtl#run} does, with standard output and error captured (thread-safe for polling). */
public final class CapturedKioskCtl {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public int run(String... args) {
        CommandLine cli = KioskCtl.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
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
