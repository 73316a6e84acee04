package zwfw.kiosk.app.cli;

/**
 * A command failed for a reason the person at the terminal can act on. {@link KioskCtl} prints
 * the message as one line on standard error (no stack trace) and exits with {@link #exitCode()}.
 */
public class CliFailure extends RuntimeException {
    private final int exitCode;

    public CliFailure(int exitCode, String oneLineReason) {
        super(oneLineReason);
        if (exitCode == 0) {
            throw new IllegalArgumentException("a failure needs a non-zero exit code");
        }
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
