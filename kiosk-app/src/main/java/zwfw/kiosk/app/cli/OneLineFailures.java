package zwfw.kiosk.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import zwfw.kiosk.core.storage.StorageException;

/**
 * Turns any failure of a command into one line on standard error and a non-zero exit code. The
 * stack trace goes to standard error only with {@code --verbose} (and to the log file where one is set up).
 */
final class OneLineFailures implements CommandLine.IExecutionExceptionHandler {
    /** Exit code of a data directory that cannot be written (full disk) or read (wrong storage key). */
    static final int STORAGE_EXIT = 5;
    private static final Logger log = LoggerFactory.getLogger(OneLineFailures.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CliFailure failure) {
            cmd.getErr().println(cmd.getCommandName() + ": " + failure.getMessage());
            cmd.getErr().flush();
            return failure.exitCode();
        }
        if (KioskCtl.verbose(parseResult)) {
            log.error("command {} failed", cmd.getCommandName(), ex);
        } else {
            log.debug("command {} failed", cmd.getCommandName(), ex);
        }
        StorageException storage = storageCause(ex);
        String msg = storage != null ? storage.plainReason()
                : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println(cmd.getCommandName() + ": " + msg.lines().findFirst().orElse(msg)
                + (KioskCtl.verbose(parseResult) ? "" : " (--verbose shows the details)"));
        cmd.getErr().flush();
        return storage != null ? STORAGE_EXIT : 1;
    }

    static StorageException storageCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StorageException s) {
                return s;
            }
        }
        return null;
    }
}
