package zwfw.kiosk.app.cli.devices;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.ConfigOptions;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.core.availability.ServiceReport;
import zwfw.kiosk.core.config.KioskConfig;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.ReaderSlot;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSettings;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSmartCardReader;
import zwfw.kiosk.drivers.transport.PortDiscovery;

/**
 * {@code kioskctl devices list}: the ports and PC/SC readers present, and the configured devices with
 * their driver (and settings while the kiosk is not running: a running kiosk holds the devices).
 */
@Command(name = "devices", description = "Ports and readers present, and the configured devices.", mixinStandardHelpOptions = true,
        subcommands = DevicesCommand.ListDevices.class)
public final class DevicesCommand {
    /** How long pcscd may take to answer before it is reported as not answering. */
    static final long PCSC_WAIT_SECONDS = 3;

    record Configured(String id, String kind, String driver, Map<String, Object> settings) {
    }

    record Printed(List<PortDiscovery.Port> ports, List<String> pcscReaders, String pcscProblem, boolean kioskRunning,
                   List<Configured> configured) {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List serial and USB printer ports present (and maintenance.extraPortGlob), PC/SC readers, configured devices.")
    static final class ListDevices implements Runnable {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Option(names = "--json", description = "Print JSON: ports [{path, kind, target}], pcscReaders, pcscProblem, kioskRunning, configured.")
        boolean json;

        @Override
        public void run() {
            KioskConfig c = config.load();
            List<PortDiscovery.Port> ports;
            try {
                ports = PortDiscovery.present(c.extraPortGlob());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(2, "maintenance.extraPortGlob: " + e.getMessage());
            }
            String pcscProblem = null;
            List<String> readers = List.of();
            try {
                readers = pcscReaders();
            } catch (IllegalStateException e) {
                pcscProblem = e.getMessage();
            }
            boolean running = new ServiceReport(c.dataDir(), c.clock()).read().map(ServiceReport.Report::running).orElse(false);
            List<Configured> configured = c.devices().stream().map(d -> new Configured(d.id(), d.kind().name().toLowerCase(java.util.Locale.ROOT),
                    d.driver(), running ? null : d.settings())).toList();
            print(spec.commandLine().getOut(), new Printed(ports, readers, pcscProblem, running, configured));
        }

        private void print(PrintWriter out, Printed p) {
            if (json) {
                JsonOutput.print(out, p);
                return;
            }
            out.println("ports:" + (p.ports().isEmpty() ? " none" : ""));
            p.ports().forEach(port -> out.println("  " + port.path() + "\t" + port.kind() + (port.target().equals(port.path()) ? "" : "\t→ " + port.target())));
            out.println("PC/SC readers:" + (p.pcscProblem() != null ? " " + p.pcscProblem() : p.pcscReaders().isEmpty() ? " none" : ""));
            p.pcscReaders().forEach(r -> out.println("  " + r));
            out.println("configured devices" + (p.kioskRunning() ? " (the kiosk is running and holds them; settings as in kiosk.yaml):" : ":"));
            p.configured().forEach(d -> out.println("  " + d.id() + "\t" + d.kind() + "\t" + d.driver() + (d.settings() == null ? "" : "\t" + d.settings())));
            out.flush();
        }
    }

    /** The readers pcscd reports; a one-line IllegalStateException when it is not running or does not answer in time. */
    static List<String> pcscReaders() {
        CompletableFuture<List<String>> asked = CompletableFuture.supplyAsync(() -> {
            try {
                return new PcscSmartCardReader("cli-devices", PcscSettings.defaults()).readers().stream().map(ReaderSlot::name).toList();
            } catch (DeviceException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        try {
            return asked.get(PCSC_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            asked.cancel(true);
            throw new IllegalStateException("pcscd did not answer within " + PCSC_WAIT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("pcscd is not running or not reachable (" + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking pcscd");
        }
    }
}
