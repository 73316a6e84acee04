package zwfw.kiosk.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwfw.kiosk.core.config.KioskConfig;

/**
 * The demo's PINs (maintenance 2468, admin 1357) must not open a kiosk that serves a real platform:
 * a kiosk whose platform is not {@code embedded} refuses to start while any configured hash verifies
 * one of them. kioskctl's other commands are not refused; {@code kioskctl config validate} reports it.
 */
public final class DemoPins {
    static final List<String> PINS = List.of("2468", "1357");

    private DemoPins() {
    }

    /** Whether {@code pin} is one of the demo's PINs. */
    public static boolean isDemoPin(char[] pin) {
        return PINS.stream().anyMatch(p -> java.util.Arrays.equals(p.toCharArray(), pin));
    }

    /** A hash and where it is configured ("security.maintenancePinHash", "a maintenance staff account"). */
    public record Configured(String where, String hash) {
    }

    /**
     * Why this kiosk must not start, or empty: never for the demo configuration (embedded platform);
     * otherwise when kiosk.yaml's hashes or any staff account verifies a demo PIN.
     */
    public static Optional<String> refusal(KioskConfig config, List<StaffAccounts.Account> accounts) {
        if (config.platformEmbedded()) {
            return Optional.empty();
        }
        List<Configured> hashes = new ArrayList<>();
        hashes.add(new Configured("security.maintenancePinHash", config.maintenancePinHash()));
        hashes.add(new Configured("security.adminPinHash", config.adminPinHash()));
        // Not the account's name: this reason reaches the general log, which holds no names.
        accounts.forEach(a -> hashes.add(new Configured((a.member().role() == StaffRole.ADMIN ? "an admin" : "a maintenance") + " staff account", a.pinHash())));
        return refusal(hashes);
    }

    /** The one-line reason the kiosk refuses to start, or empty when no hash verifies a demo PIN. */
    public static Optional<String> refusal(List<Configured> hashes) {
        for (Configured c : hashes) {
            for (String pin : PINS) {
                if (c.hash() != null && PinHash.matches(pin.toCharArray(), c.hash())) {
                    return Optional.of(c.where() + " verifies the demo PIN " + pin
                            + ": a kiosk on a real platform does not start with it (change it: kioskctl staff reset-pin NAME, or kioskctl pin hash for kiosk.yaml)");
                }
            }
        }
        return Optional.empty();
    }
}
