package zwfw.kiosk.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwfw.kiosk.core.outbox.KioskFixture;
import zwfw.platform.sim.Faults;

class QrLoginTest {
    @TempDir
    Path dir;

    @Test
    void onlyWellFormedLoginCodesYieldAToken() {
        assertEquals(Optional.of("abcdefghijklmnop_-12"), QrLogin.tokenOf("zwfw://auth?token=abcdefghijklmnop_-12"));
        assertTrue(QrLogin.tokenOf("zwfw://auth?token=short").isEmpty());
        assertTrue(QrLogin.tokenOf("https://example.com/?token=abcdefghijklmnopqrst").isEmpty());
        assertTrue(QrLogin.tokenOf("zwfw://local-case?kiosk=K&ref=abcdefghijklmnopqrst").isEmpty());
        assertTrue(QrLogin.tokenOf("garbage \u0000 not a uri").isEmpty());
        assertTrue(QrLogin.tokenOf(null).isEmpty());
    }

    @Test
    void aScannedCodeIsExchangedForTheCitizensIdentityOnce() {
        try (KioskFixture k = new KioskFixture(dir)) {
            QrLogin login = new QrLogin(k.client);
            String qr = k.sim.issueQrToken(KioskFixture.NAME, "RESIDENT_ID", KioskFixture.ID_NUMBER, KioskFixture.PHONE).qrText();
            QrLogin.Outcome first = login.exchange(qr);
            assertEquals(KioskFixture.ID_NUMBER, assertInstanceOf(QrLogin.Outcome.Identified.class, first).person().idNumber());
            assertEquals("identity.qr.tokenInvalid",
                    assertInstanceOf(QrLogin.Outcome.NotAccepted.class, login.exchange(qr)).messageKey());
            assertEquals("identity.qr.notLoginCode",
                    assertInstanceOf(QrLogin.Outcome.NotAccepted.class, login.exchange("hello")).messageKey());
            k.sim.setFaults(Faults.parse("error=1"));
            String another = k.sim.issueQrToken(KioskFixture.NAME, "RESIDENT_ID", KioskFixture.ID_NUMBER, null).qrText();
            assertInstanceOf(QrLogin.Outcome.Unavailable.class, login.exchange(another));
        }
    }
}
