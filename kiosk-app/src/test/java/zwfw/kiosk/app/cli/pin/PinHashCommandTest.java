package zwfw.kiosk.app.cli.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.app.cli.CapturedKioskCtl;
import zwfw.kiosk.core.access.PinHash;

/** {@code kioskctl pin hash --stdin}: the hash of a PIN of 4 to 12 digits for kiosk.yaml; anything else one line, exit 2. */
class PinHashCommandTest {
    private static CapturedKioskCtl hash(String stdin) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CapturedKioskCtl ctl = new CapturedKioskCtl();
            ctl.run("pin", "hash", "--stdin");
            return ctl;
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void printsAHashThatVerifiesThePinTypedWithSpaces() {
        CapturedKioskCtl ctl = hash(" 80246 \n");
        assertEquals("", ctl.err());
        assertTrue(PinHash.matches("80246".toCharArray(), ctl.out().strip()), ctl.out());
    }

    @Test
    void notFourToTwelveDigitsIsOneLine() {
        for (String bad : new String[] {"12a4\n", "123\n", "1234567890123\n", "9".repeat(100) + "\n"}) {
            CapturedKioskCtl ctl = hash(bad);
            assertEquals("", ctl.out(), bad);
            assertTrue(ctl.err().contains("a PIN is 4 to 12 digits"), bad + ": " + ctl.err());
            assertEquals(1, ctl.err().strip().lines().count(), ctl.err());
        }
    }
}
