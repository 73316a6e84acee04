package zwfw.kiosk.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command line that does not parse (unknown option, missing value, a number out of its range)
 * gets one line naming the problem and where help is, and exit code 2; not the whole usage text.
 */
final class OneLineUsageErrors implements CommandLine.IParameterExceptionHandler {
    static final int USAGE_EXIT = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String msg = ex.getMessage() == null ? "invalid command line" : ex.getMessage().lines().findFirst().orElse("");
        err.println(cmd.getCommandName() + ": " + msg + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return USAGE_EXIT;
    }
}
