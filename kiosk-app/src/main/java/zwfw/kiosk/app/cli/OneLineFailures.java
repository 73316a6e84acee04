package zwfw.kiosk.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Turns any failure of a command into one line on standard error and a non-zero exit code. */
final class OneLineFailures implements CommandLine.IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(OneLineFailures.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof CliFailure failure) {
            cmd.getErr().println(cmd.getCommandName() + ": " + failure.getMessage());
            return failure.exitCode();
        }
        log.error("command {} failed", cmd.getCommandName(), ex);
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println(cmd.getCommandName() + ": " + msg.lines().findFirst().orElse(msg));
        return 1;
    }
}
