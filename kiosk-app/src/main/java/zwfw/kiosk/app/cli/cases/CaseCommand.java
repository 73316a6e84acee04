package zwfw.kiosk.app.cli.cases;

import picocli.CommandLine.Command;

/** {@code kioskctl case …}: submit a case the way the screen does, or ask where one stands. */
@Command(name = "case", description = "Submit a case or look up a case's progress.",
        subcommands = {CaseSubmitCommand.class, CaseStatusCommand.class})
public final class CaseCommand {
}
