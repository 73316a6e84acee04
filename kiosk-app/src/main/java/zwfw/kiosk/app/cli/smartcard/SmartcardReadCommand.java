package zwfw.kiosk.app.cli.smartcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zwfw.kiosk.app.cli.Bounded;
import zwfw.kiosk.app.cli.CliFailure;
import zwfw.kiosk.app.cli.InputFiles;
import zwfw.kiosk.app.cli.JsonOutput;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.smartcard.CardInfo;
import zwfw.kiosk.drivers.smartcard.CardListener;
import zwfw.kiosk.drivers.smartcard.SmartCardReader;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSettings;
import zwfw.kiosk.drivers.smartcard.pcsc.PcscSmartCardReader;
import zwfw.kiosk.drivers.smartcard.profile.CardIdentity;
import zwfw.kiosk.drivers.smartcard.profile.CardProfile;
import zwfw.kiosk.drivers.smartcard.profile.CardProfiles;

/**
 * {@code kioskctl smartcard read}: waits for a card, reads it with a card profile and prints the
 * holder's fields, masked unless {@code --unmasked}. Exit 2 when no card came within the timeout,
 * 1 for any other failure (pcscd not reachable, a refused command named by its status word).
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Wait for a card and read its holder's identity with a card profile (masked unless --unmasked).")
public final class SmartcardReadCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** A card profile is a few dozen lines of YAML. */
    static final long MAX_PROFILE_BYTES = 64 * 1024;

    @Option(names = "--reader", description = "Reader name, or part of it (default: any reader).")
    String reader;

    @Option(names = "--profile", defaultValue = CardProfiles.SOCIAL_SECURITY,
            description = "A shipped profile name (${DEFAULT-VALUE}) or a profile YAML file.")
    String profile;

    @Bounded(min = 1, max = 3600, unit = "seconds")
    @Option(names = "--timeout", defaultValue = "10", description = "Seconds to wait for a card (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--json", description = "One JSON object with the fields read.")
    boolean json;

    @Option(names = "--unmasked", description = "Show the fields in full (personal data: only where no one else can see).")
    boolean unmasked;

    @Override
    public void run() {
        CardProfile cardProfile = loadProfile();
        BlockingQueue<CardInfo> arrivals = new LinkedBlockingQueue<>();
        PcscSmartCardReader device = new PcscSmartCardReader("cli-smartcard",
                new PcscSettings(reader == null ? "" : reader, 200, 500, "*"));
        device.addCardListener(new CardListener() {
            @Override
            public void cardInserted(SmartCardReader r, CardInfo card) {
                arrivals.add(card);
            }

            @Override
            public void cardRemoved(SmartCardReader r, String readerName) {
                // a card leaving before we read it changes nothing here: we wait for the next
            }
        });
        try {
            device.open();
            if (!device.status().state().isUsable()) {
                throw new CliFailure(1, device.status().detail());
            }
            device.enable();
            PrintWriter err = spec.commandLine().getErr();
            err.println("waiting " + timeoutSeconds + " s for a card" + (reader == null ? "" : " in '" + reader + "'") + " …");
            err.flush();
            CardInfo card = arrivals.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (card == null) {
                throw new CliFailure(2, "no card within " + timeoutSeconds + " s");
            }
            CardIdentity identity = device.read(card.readerName(), cardProfile);
            print(card, identity);
        } catch (DeviceException e) {
            throw new CliFailure(1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(1, "interrupted");
        } finally {
            device.close();
        }
    }

    private CardProfile loadProfile() {
        if (CardProfiles.shipped().contains(profile)) {
            return CardProfiles.shipped(profile);
        }
        Path file = Path.of(profile);
        if (!Files.exists(file)) {
            throw new CliFailure(1, "no card profile '" + profile + "' (shipped: " + String.join(", ", CardProfiles.shipped())
                    + "; or give a profile YAML file)");
        }
        InputFiles.check(file, MAX_PROFILE_BYTES, 1);
        try (InputStream in = Files.newInputStream(file)) {
            return CardProfiles.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new CliFailure(1, "cannot read card profile " + file + ": " + e.getMessage());
        }
    }

    private void print(CardInfo card, CardIdentity identity) {
        Map<String, String> fields = unmasked ? identity.fields() : IdentityMask.mask(identity);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("reader", card.readerName());
            o.put("atr", card.atrHex());
            o.put("profile", identity.profile());
            o.put("masked", !unmasked);
            o.put("fields", fields);
            JsonOutput.print(out, o);
        } else {
            out.println("reader\t" + card.readerName());
            out.println("atr\t" + card.atrHex());
            out.println("profile\t" + identity.profile());
            fields.forEach((k, v) -> out.println(k + "\t" + v));
            out.flush();
        }
    }
}
