package zwfw.kiosk.app.cli.docprinter;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.drivers.docprinter.A4TestPage;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;

/**
 * {@code kioskctl docprinter test}: prints a generated one-page A4 test page (a heading, the
 * printer id, the time in the kiosk's zone, a frame and a QR code) and follows the job to its end.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Print the one-page A4 test page and follow the job.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:no printer configured, or bad settings", "3:refused before sending (paper out, stopped …)",
                "4:sent but not completed (aborted, canceled, stopped, timed out, no answer)"})
public final class DocPrinterTestCommand implements Runnable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @Mixin
    DocPrinterOptions options;

    @Bounded(min = 1, max = 3600, unit = "seconds")
    @Option(names = "--wait", defaultValue = "120", paramLabel = "SECONDS", description = "how long to follow the job (default: ${DEFAULT-VALUE})")
    int waitSeconds;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String stamp = ZonedDateTime.now(options.clock()).format(STAMP);
        try (DocumentPrinter printer = options.open()) {
            JobRun.print(printer, A4TestPage.render(1, printer.id(), stamp), 1, "a4-test-page",
                    Duration.ofSeconds(waitSeconds), json, spec.commandLine().getOut());
        }
    }
}
