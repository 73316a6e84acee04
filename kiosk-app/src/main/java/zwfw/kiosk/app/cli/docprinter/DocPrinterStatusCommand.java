package zwfw.kiosk.app.cli.docprinter;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.device.HealthReport;
import zwfw.kiosk.drivers.docprinter.DocumentPrinter;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterCondition;
import zwfw.kiosk.drivers.docprinter.DocumentPrinterStatus;

/**
 * {@code kioskctl docprinter status}: asks the printer (and the device behind a CUPS queue) and
 * prints its state, reasons and the kiosk's conditions. Exits 0 whenever it could ask, also for a
 * printer that cannot print now ({@code canPrint: false}).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Ask the A4 printer how it is: state, accepting jobs, state reasons, conditions (PAPER_OUT, STOPPED …).")
public final class DocPrinterStatusCommand implements Runnable {

    @Mixin
    DocPrinterOptions options;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (DocumentPrinter printer = options.open()) {
            HealthReport health = printer.checkHealth();
            DocumentPrinterStatus s = printer.lastStatus();
            Map<String, Object> m = asMap(s);
            m.put("driver", printer.driver());
            health.facts().forEach(m::putIfAbsent); // the driver's own facts (device asked, copies per job …) beside the typed ones
            if (json) {
                JsonOutput.print(out, m);
                return;
            }
            out.printf("driver: %s%nonline: %s%nstate: %s%naccepting jobs: %s%nreasons: %s%nconditions: %s%ncan print: %s%n",
                    printer.driver(), s.online() ? "yes" : "no (no answer)", s.state(), s.acceptingJobs() ? "yes" : "no",
                    m.get("reasons"), s.conditions().isEmpty() ? "none" : s.conditions(), s.canPrint() ? "yes" : "no, " + s.refusal().map(DocumentPrinterCondition::words).orElse(""));
            if (health.facts().containsKey("device")) {
                out.printf("device asked: %s%n", health.facts().get("device"));
            }
            out.flush();
        }
    }

    static Map<String, Object> asMap(DocumentPrinterStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("online", s.online());
        m.put("state", s.state().name());
        m.put("acceptingJobs", s.acceptingJobs());
        m.put("reasons", s.reasons().isEmpty() ? "none" : String.join(",", s.reasons().stream().map(Object::toString).toList()));
        m.put("conditions", s.conditions().stream().map(Enum::name).toList());
        m.put("canPrint", s.canPrint());
        m.put("message", s.message());
        return m;
    }
}
