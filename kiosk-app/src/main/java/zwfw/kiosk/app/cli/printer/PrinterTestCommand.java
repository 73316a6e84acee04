package zwfw.kiosk.app.cli.printer;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.receipt.ReceiptDocuments;
import zwfw.kiosk.drivers.printer.PrintResult;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.escpos.EscPosPrinter;

/**
 * {@code kioskctl printer test}: prints the test page ("打印测试", profile, kiosk id, a bilingual
 * line, a QR code of {@code KIOSK-PRINT-TEST}, a cut). The printer's status is checked first:
 * paper out, cover open, an error or no answer exits 3 with the reason and sends no page.
 */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Print the test page.")
public final class PrinterTestCommand implements Runnable {
    /** Exit code when the printer refuses (paper out, cover open, error, no answer). */
    public static final int EXIT_REFUSED = 3;

    @Mixin
    PrinterLinkOptions options;

    @Option(names = "--kiosk-id", description = "kiosk id printed on the page (default: kiosk.id of the configuration, else KSK-UNCONFIGURED)")
    String kioskId;

    @picocli.CommandLine.Mixin
    zwfw.kiosk.app.cli.ConfigOptions config;

    /** The kiosk id from the configuration where it loads; a printer can be tested before the kiosk is configured. */
    private String kioskId() {
        if (kioskId != null) {
            return kioskId;
        }
        try {
            return config.load().kioskId();
        } catch (zwfw.kiosk.app.cli.CliFailure e) {
            return "KSK-UNCONFIGURED";
        }
    }

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--no-status", description = "send without asking the printer's status (for a printer that cannot answer, e.g. a one-way USB device)")
    boolean noStatus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (EscPosPrinter printer = options.openPrinter(!noStatus)) {
            PrinterStatus before = printer.queryStatus();
            if (before.refusal().isPresent()) {
                throw new CliFailure(EXIT_REFUSED, "not printed: " + before.refusal().get().reason());
            }
            PrintResult r = printer.print(ReceiptDocuments.testPage(printer.profile().name(), kioskId()));
            if (!r.isPrinted()) {
                throw new CliFailure(EXIT_REFUSED, "not printed: " + r.refusal().reason());
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("printed", true);
                m.put("bytes", r.bytesSent());
                m.put("profile", printer.profile().name());
                m.put("status", PrinterStatusCommand.asMap(r.after()));
                JsonOutput.print(out, m);
            } else {
                out.printf("test page printed: %d bytes, profile %s, paper %s%n", r.bytesSent(), printer.profile().name(),
                        r.after().paper());
                out.flush();
            }
        }
    }
}
