package zwfw.kiosk.app.cli.printer;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.printer.PrinterStatus;
import zwfw.kiosk.drivers.printer.escpos.EscPosPrinter;

/**
 * {@code kioskctl printer status}: asks the printer (DLE EOT) and prints what it said. Exits 0
 * whenever the link opened, also for a printer that did not answer ({@code online: false}).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Ask the printer for its status: online, paper (OK, NEAR_END, OUT), cover, error.")
public final class PrinterStatusCommand implements Runnable {

    @Mixin
    PrinterLinkOptions options;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (EscPosPrinter printer = options.openPrinter()) {
            PrinterStatus s = printer.queryStatus();
            if (json) {
                JsonOutput.print(out, asMap(s));
            } else {
                out.printf("online: %s%npaper: %s%ncover open: %s%nerror: %s%n", s.online() ? "yes" : "no (no answer)",
                        s.paper(), s.coverOpen() ? "yes" : "no", s.error() ? "yes" : "no");
                out.flush();
            }
        }
    }

    static Map<String, Object> asMap(PrinterStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("online", s.online());
        m.put("paper", s.paper().name());
        m.put("coverOpen", s.coverOpen());
        m.put("error", s.error());
        return m;
    }
}
