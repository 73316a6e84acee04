package zwfw.kiosk.app.cli.smartcard;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.ReaderSlot;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSettings;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSmartCardReader;

/** {@code kioskctl smartcard list}: the PC/SC readers, whether a card is in each, and its ATR. Exit 1 when pcscd is not reachable. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List PC/SC readers, card present, ATR.")
public final class SmartcardListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per reader: {\"reader\", \"cardPresent\", \"atr\"}.")
    boolean json;

    @Override
    public void run() {
        List<ReaderSlot> readers;
        try {
            readers = new PcscSmartCardReader("cli-smartcard", PcscSettings.defaults()).readers();
        } catch (DeviceException e) {
            throw new CliFailure(1, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (readers.isEmpty() && !json) {
            out.println("no PC/SC reader");
        }
        for (ReaderSlot r : readers) {
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("reader", r.name());
                o.put("cardPresent", r.cardPresent());
                o.put("atr", r.cardPresent() ? r.atrHex() : null);
                JsonOutput.print(out, o);
            } else {
                out.println(r.name() + "\t" + (r.cardPresent() ? "card present\tATR " + r.atrHex() : "no card"));
            }
        }
        out.flush();
    }
}
