package zwfw.kiosk.app.cli.idcard;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.device.Device;
import zwfw.kiosk.drivers.device.DeviceError;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceListener;
import zwfw.kiosk.drivers.idcard.IdCardListener;
import zwfw.kiosk.drivers.idcard.IdCardReader;
import zwfw.kiosk.drivers.idcard.card.IdCard;
import zwfw.kiosk.drivers.idcard.serial.SamReaderSettings;
import zwfw.kiosk.drivers.idcard.serial.SamSerialIdCardReader;

/**
 * {@code kioskctl idcard read --port PATH}: waits for a card on a SAM serial reader, reads it once
 * and prints it. Exit codes: 0 read, 1 port missing, busy or lost, 2 no card before the timeout,
 * 3 the read failed after its retry.
 */
@Command(name = "read",
        description = "Wait for a card on a serial ID card reader, read it once and print it.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:a card was read",
                "1:the port is missing, busy or went away",
                "2:no card before the timeout",
                "3:the card could not be read (after one retry)"})
public final class IdCardReadCommand implements Runnable {
    static final int EXIT_PORT = 1;
    static final int EXIT_NO_CARD = 2;
    static final int EXIT_READ_FAILED = 3;
    private static final Set<String> PORT_ERRORS = Set.of("PORT_NOT_FOUND", "PORT_BUSY", "PORT_DISCONNECTED", "PORT_IO");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port of the reader, e.g. /dev/ttyUSB0.")
    String port;

    @Bounded(min = 300, max = 4_000_000, unit = "baud")
    @Option(names = "--baud", defaultValue = "115200", description = "Line speed (default: ${DEFAULT-VALUE}).")
    int baud;

    @Bounded(min = 1, max = 3600, unit = "seconds")
    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "How long to wait for a card (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--unmasked", description = "Print the full ID number instead of 330304********1234.")
    boolean unmasked;

    /** How the wait ended: a card, or a failure with its exit code. */
    private record Outcome(IdCard card, int exitCode, String reason) {
    }

    @Override
    public void run() {
        InputFiles.checkPort(port, EXIT_PORT);
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        SamSerialIdCardReader reader = new SamSerialIdCardReader("idcard", SamReaderSettings.of(port, baud));
        reader.addCardListener(new IdCardListener() {
            @Override
            public void cardArrived(IdCardReader r, IdCard card) {
                if (!outcome.complete(new Outcome(card, 0, null))) {
                    card.wipe();
                }
            }

            @Override
            public void readFailed(IdCardReader r, DeviceError error) {
                outcome.complete(new Outcome(null, EXIT_READ_FAILED, "card read failed after one retry: " + error.message()));
            }
        });
        reader.addListener(new DeviceListener() {
            @Override
            public void errorOccurred(Device device, DeviceError error) {
                if (PORT_ERRORS.contains(error.code())) {
                    outcome.complete(new Outcome(null, EXIT_PORT, error.message()));
                } else if ("NOT_RESPONDING".equals(error.code())) {
                    outcome.complete(new Outcome(null, EXIT_PORT, "no reader answers on " + port + " at " + baud + " baud"));
                }
            }
        });
        Outcome result;
        try {
            reader.open();
            reader.enable();
            result = outcome.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new CliFailure(EXIT_NO_CARD, "no card within " + timeoutSeconds + " s on " + port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(EXIT_NO_CARD, "no card: interrupted");
        } catch (DeviceException | ExecutionException e) {
            throw new CliFailure(EXIT_PORT, "cannot use " + port + ": " + e.getMessage());
        } finally {
            reader.close();
        }
        if (result.card() == null) {
            throw new CliFailure(result.exitCode(), result.reason());
        }
        try {
            print(result.card());
        } finally {
            result.card().wipe();
        }
    }

    private void print(IdCard card) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> view = CardView.of(card, unmasked);
        if (json) {
            JsonOutput.print(out, view);
            return;
        }
        for (Map.Entry<String, Object> e : view.entrySet()) {
            if (e.getValue() != null) {
                out.println(e.getKey() + ": " + e.getValue());
            }
        }
        out.flush();
    }
}
