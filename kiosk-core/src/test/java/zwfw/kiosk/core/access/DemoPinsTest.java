package zwfw.kiosk.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPinsTest {
    @Test
    void aHashOfEitherDemoPinIsNamedInOneLine() {
        String reason = DemoPins.refusal(List.of(
                new DemoPins.Configured("security.maintenancePinHash", PinHash.hash("5555".toCharArray())),
                new DemoPins.Configured("staff account 'Li'", PinHash.hash("1357".toCharArray())))).orElseThrow();
        assertTrue(reason.startsWith("staff account 'Li' verifies the demo PIN 1357"), reason);
        assertEquals(-1, reason.indexOf('\n'));
    }

    @Test
    void otherPinsAndMalformedHashesAreNoReason() {
        assertTrue(DemoPins.refusal(List.of(new DemoPins.Configured("a", PinHash.hash("24680".toCharArray())),
                new DemoPins.Configured("b", "not a hash"))).isEmpty());
    }
}
